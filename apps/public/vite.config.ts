import { viteOptions } from '@pcmbn/svelte-config';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({ ...viteOptions, plugins: [sveltekit()] });
