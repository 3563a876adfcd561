// Lint for the whole repository (`pnpm lint`); the rules live in tooling/eslint.
import config from '@pcmbn/eslint-config';

export default config;
