import type { ApiClient, RouterInputs, RouterOutputs } from '@pcmbn/api/client';

type Input = RouterInputs['area']['options'];
type Options = RouterOutputs['area']['options'];
export type AreaOptionsFor<P extends Input['purpose']> = Extract<Options, { purpose: P }>;

/**
 * The choices of one area picker, as the API builds them for the signed-in user (area.options): loads call this
 * once per picker and assemble no area lists of their own. The answer is typed by the purpose asked for.
 */
export async function areaOptions<P extends Input['purpose']>(
  api: ApiClient,
  input: Input & { purpose: P },
): Promise<AreaOptionsFor<P>> {
  const options = await api.area.options.query(input);
  if (options.purpose !== input.purpose)
    throw new Error(`area.options answered ${options.purpose} for ${input.purpose}`);
  return options as AreaOptionsFor<P>;
}
