// Deliberately failing: src/db/exit-code.integration.test.ts runs vitest on this file and expects a non-zero exit.
import { expect, it } from 'vitest';

it('fails on purpose', () => {
  expect(1).toBe(2);
});
