import { unpack } from '$lib/columns';
import type { PageLoad } from './$types';

/** The ranking's rows, sent as columns (less script for a phone to parse before it answers). */
export const load: PageLoad = ({ data }) => ({ ...data, ranking: unpack(data.ranking) });
