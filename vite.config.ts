import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the built app runs from any folder or static host, and fetches only its own files.
export default defineConfig({
  base: './',
  plugins: [react()],
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
});
