import type { SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance` that marks the page busy while a form is sent (its button disabled, a status shown). SvelteKit
 * resets a form only after a success, so what was typed always survives a refused save; `reset: false` also keeps
 * it after a success, for forms whose state the page holds itself (a bound body, the plan editor, a chosen file).
 */
export function sending(
  busy: (on: boolean) => void,
  options: { reset?: boolean; then?: () => void } = {},
): SubmitFunction {
  return () => {
    busy(true);
    return async ({ update }) => {
      try {
        await update({ reset: options.reset ?? true });
        options.then?.();
      } finally {
        busy(false);
      }
    };
  };
}
