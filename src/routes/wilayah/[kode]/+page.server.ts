import { profileSet } from '$lib/server/profiles';
import { profileData } from '$lib/server/profile-page';

/** Every province and kabupaten/kota (552), evaluated or not. */
export async function entries() {
	const set = await profileSet();
	return set.directory.filter((d) => d.kode !== null).map((d) => ({ kode: d.id }));
}

export async function load({ params }) {
	return profileData(params.kode, 'wilayah');
}
