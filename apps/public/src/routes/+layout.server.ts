import { nationalHotline } from '$lib/server/contacts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async () => ({ hotline: await nationalHotline() });
