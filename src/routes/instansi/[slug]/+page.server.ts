import { profileSet } from '$lib/server/profiles';
import { profileData } from '$lib/server/profile-page';

/** Every central body (kementerian and lembaga). */
export async function entries() {
	const set = await profileSet();
	return set.directory.filter((d) => d.kode === null).map((d) => ({ slug: d.id }));
}

export async function load({ params }) {
	return profileData(params.slug, 'instansi');
}
