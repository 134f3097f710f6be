import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./measure.ts', import.meta.url));
function measure(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run measure', () => {
  it('prints the readout for two places named in any script', () => {
    const r = measure('Кунашир', '北海道');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^Kunashir ↔ Hokkaido: 16\.\d km · 8\.\d nmi$/);
    expect(r.out).toMatch(/Nearest points: 43\.\d{4}° N, 145\.\d{4}° E on Kunashir/);
  });

  it('prints one JSON object with --json, for a distance and for an area', () => {
    const d = JSON.parse(measure('--json', 'kunashir', 'hokkaido').out) as Record<string, unknown>;
    expect(Object.keys(d)).toEqual(['a', 'b', 'distance_km', 'points']);
    expect(d.distance_km).toBeGreaterThan(15.5);
    expect(d.distance_km).toBeLessThan(17);
    const a = JSON.parse(measure('--json', 'area', 'Etorofu').out) as Record<string, unknown>;
    expect(a).toMatchObject({ id: 'iturup', name: 'Iturup', published_area_km2: 3166.64 });
  });

  it('reads a name of two words without quotes', () => {
    expect(measure('brat', 'chirpoyev', 'urup').out).toMatch(/^Brat Chirpoyev ↔ Urup: /);
  });

  it('exits 2 for an unknown name and lists the closest matches', () => {
    const r = measure('kunasir', 'hokkaido');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/Unknown place "kunasir"\. Closest matches: Kunashir \(kunashir\)/);
  });

  it('place search is quadratic in words: 400 words get the length cap\'s message, not a search', () => {
    const r = measure(...Array.from({ length: 400 }, () => 'kun'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Two place names have at most \d+ characters in all; these have 1,599\.\n$/);
    const area = measure('area', 'x'.repeat(10_000));
    expect(area.code).toBe(2);
    expect(area.err).toMatch(/^A place name has at most \d+ characters; this one has 10,000\.\n$/);
  });
});
