import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './src/features/offline/csp.ts';

/** The theme colour: the atlas's accent (src/ui/app.css, --accent), for the installed app's title bar. */
const THEME = '#1d5f95';

/**
 * The Content-Security-Policy as a <meta> tag in the built index.html (src/features/offline/csp.ts),
 * and the theme colour. Built pages only: the dev server's hot reload injects inline scripts a strict policy refuses.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'kuril-atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
        // The installed app's title bar (the manifest's theme_color).
        { tag: 'meta', attrs: { name: 'theme-color', content: THEME }, injectTo: 'head' },
      ],
    },
  };
}

// Relative base: the built app runs from any folder or static host, and fetches only its own files.
// `--mode test` (the browser tests, the bench and the scripts) builds the same app with its test
// hooks (`window.kurilAtlas`, src/map/test-hooks.ts); every other build leaves them out.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    // The installable, offline atlas: a web app manifest and a service worker (Workbox's generateSW)
    // that precaches every built file (the app's code and styles, index.html, public/data with the
    // text bundles, public/fonts and the @fontsource files). The app registers it itself after the
    // map's first view (src/features/offline/worker.ts), so nothing is injected into the page, and
    // a new build's worker waits for the reader ('prompt'). Never in dev (devOptions off): Vite's
    // hot reload must not be served from a cache.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      // The icons are in the glob below already.
      includeManifestIcons: false,
      strategies: 'generateSW',
      manifest: {
        name: 'Kuril Atlas',
        short_name: 'Kuril Atlas',
        description: 'An offline atlas of the Japan–Russia frontier: borders by era, incidents at sea, energy routes and distances.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: THEME,
        icons: [
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,geojson,woff2,svg,png,webmanifest}'],
        // The bench's bare page, built into the served folder by the bench only, is not the app's.
        globIgnores: ['bench-bare/**'],
        // MapLibre's chunk and the land are over Workbox's 2 MiB default; nothing is left out.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        // A link with any query (`?era=1905&lang=ja`) opens the precached index.html.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
      devOptions: { enabled: false },
    }),
  ],
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
