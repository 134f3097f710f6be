import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the built app runs from any folder or static host, and fetches only its own files.
// `--mode test` (the browser tests, the bench and the scripts) builds the same app with its test
// hooks (`window.kurilAtlas`, src/map/test-hooks.ts); every other build leaves them out.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react()],
  define: {
    'import.meta.env.VITE_TEST_HOOKS': JSON.stringify(mode === 'test'),
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // MapLibre in a chunk of its own, so the bench can weigh the app's own code beside it.
        manualChunks: (id: string) => (id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
}));
