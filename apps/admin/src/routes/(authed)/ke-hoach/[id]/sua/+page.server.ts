import { redirect } from '@sveltejs/kit';
import { STEPS } from '$lib/components/plan/editor/steps';
import type { PageServerLoad } from './$types';

/** The editor opens at its first step (/ke-hoach/[id]/sua/[buoc]). */
export const load: PageServerLoad = ({ params }) => {
  redirect(303, `/ke-hoach/${params.id}/sua/${STEPS[0].slug}`);
};
