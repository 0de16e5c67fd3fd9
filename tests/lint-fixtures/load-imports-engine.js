// A route module reaching the engine by a relative path: the lint rule must refuse it.
import { queries } from '../../lib/db/queries';

export const load = () => ({ queries: Object.keys(queries) });
