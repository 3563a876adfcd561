// The API suite's own global setup (embedded PostgreSQL, which loads async-exit-hook) around one failing file.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/exit-code/fails.fixture.ts'],
    globalSetup: ['./test/global-setup.ts'],
  },
});
