// ESLint, flat config: `npm run lint`. typescript-eslint's recommended rules (not type-aware: they
// need no type information, so lint stays quick; `npm run typecheck` is the type check),
// react-hooks' recommended rules for the React code, and the layering of the README.
//
// The layering is checked on where an import resolves, not on how its specifier is spelt, with
// eslint-plugin-import-x's `no-restricted-paths`: ESLint's own `no-restricted-imports` matches the
// specifier text, and the same text means different folders at different depths ('../geo/x.ts'
// is src/geo from src/map, and the build-time geo/ from src/main.tsx), so it cannot tell the
// build-time pipeline from src/geo/ without one pattern per depth; it also never looks at dynamic
// `import()`, with which the interface loads its sections. `no-restricted-paths` takes the
// layering as the README states it, folder against folder, and sees dynamic imports.
// eslint-plugin-boundaries could do the same, but needs every file classified into element types
// first: more to learn and keep than the few zones below. `no-restricted-imports` still serves
// where the specifier is the point: npm packages (react, maplibre-gl) and the path out of the repo.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The feature folders: those under src/features/ now, and the known names, so that the rule is
 * there before a folder is. Each may import only from itself (and src/features/registry.ts).
 */
const KNOWN_FEATURES = ['islands', 'eras', 'incidents', 'energy', 'measure'];
function featureNames() {
  let found = [];
  try {
    found = readdirSync(new URL('src/features/', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    // no src/features yet
  }
  return [...new Set([...KNOWN_FEATURES, ...found])].sort();
}

/** The layering, folder against folder (paths from the repository's root). */
const zones = [
  {
    target: './src',
    from: './geo',
    message: 'Nothing under src/ imports the build-time pipeline geo/: data flows one way, geo/ builds public/data/ and the app reads that.',
  },
  {
    target: './src/geo',
    from: ['./src/map', './src/ui', './src/state', './src/features'],
    message: 'src/geo/ is pure and usable from Node: it imports nothing from the map, the interface, the state or the features.',
  },
  {
    target: './src/map',
    from: ['./src/ui', './src/features'],
    message: 'src/map/ is the map core: it imports nothing from the interface or the features.',
  },
  {
    target: './src/state',
    from: ['./src/ui', './src/map', './src/features'],
    message: 'src/state/ imports nothing from the interface, the map or the features.',
  },
  {
    target: './src/ui',
    from: './src/features',
    except: ['./registry.ts'],
    message: 'src/ui/ (the shell and shared components) reaches the features only through src/features/registry.ts.',
  },
  ...featureNames().map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`, './registry.ts'],
    message: `A feature imports nothing from another feature's folder (src/features/${name}/ importing another): move what both need to src/geo, src/map, src/state or src/ui.`,
  })),
];

/** Out of the repo: the product stands alone (no folder in the repo is named `shared`). */
const OUTSIDE_REPO = {
  regex: '^(\\.\\./)+shared(/|$)|^/.*/shared/',
  message: 'The product stands alone: nothing imports from a shared/ folder outside the repository.',
};
const REACT = ['react', 'react-dom'];
const MAPLIBRE = ['maplibre-gl'];
/** `no-restricted-imports` options; each block repeats OUTSIDE_REPO, as a later block's options replace an earlier one's. */
const restrictImports = (packages = [], message = '') => [
  'error',
  {
    paths: packages.map((name) => ({ name, message })),
    patterns: [OUTSIDE_REPO, ...(packages.length ? [{ group: packages.map((p) => `${p}/*`), message }] : [])],
  },
];

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'public/data/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'no-restricted-imports': restrictImports(),
      // Unused names and parameters: `npm run typecheck` (tsc --noUnusedLocals --noUnusedParameters)
      // reports them exactly, with types; the same rule here would say each twice.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'bench/bare/**/*.ts'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/geo/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictImports([...REACT, ...MAPLIBRE], 'src/geo/ is pure and usable from Node: no React, no MapLibre.') },
  },
  {
    files: ['src/map/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictImports(REACT, 'src/map/ is the map core: no React.') },
  },
);
