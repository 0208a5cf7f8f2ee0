import { defineConfig } from 'tsup';

// One ESM file for production. The shared workspace is bundled in (it ships TypeScript
// source); every npm dependency stays external and is loaded from node_modules.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  noExternal: [/^@mockloop\//],
});
