import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Property tests run hundreds of evaluations; on a busy 2-core CI machine the 5 s default is too tight.
    testTimeout: 60_000,
  },
});
