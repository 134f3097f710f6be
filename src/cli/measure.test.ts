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

  it('the command line echoes control characters raw: ESC, BEL, CR and newline in a name come out escaped', () => {
    const r = measure('kun\u001b[31mX\u0007\r\nY', 'hokkaido');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Unknown place "kun\\x1b\[31mX\\x07\\x0d\\x0aY"\. Closest matches: Kunashir \(kunashir\), [^\n]+\.\n$/);
    const unit = measure('--unit', 'k\u001b]0;title\u0007m', 'kunashir', 'hokkaido');
    expect(unit.code).toBe(1);
    expect(unit.err).toBe('Unknown unit "k\\x1b]0;title\\x07m": use km, mi or nmi.\n');
    // Nothing in either message acts on a terminal: the one control left is the closing newline.
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    expect(r.err.slice(0, -1) + unit.err.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('with --json, errors are plain text on stderr: now one JSON object on stdout, with a non-zero exit', () => {
    const cases: [string[], number, string][] = [
      [['--json', 'kun\u001b[2J', 'hokkaido'], 2, 'unknown-place'],
      [['--json', '--unit', 'furlong', 'kunashir', 'hokkaido'], 1, 'unknown-unit'],
      [['--json', 'kunashir'], 1, 'usage'],
      [['--json', 'area', 'x'.repeat(100)], 2, 'too-long'],
    ];
    for (const [args, status, code] of cases) {
      const r = measure(...args);
      expect(r.code).toBe(status);
      expect(r.err).toBe('');
      expect(r.out.endsWith('\n') && r.out.indexOf('\n') === r.out.length - 1).toBe(true);
      const body = JSON.parse(r.out) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(0);
    }
    const r = JSON.parse(measure('--json', 'kun\u001b[2J', 'hokkaido').out) as { error: { places: { query: string; suggestions: { id: string }[] }[] } };
    // The value as given, escaped by JSON itself, and the closest islands by id.
    expect(r.error.places[0].query).toBe('kun\u001b[2J');
    expect(r.error.places[0].suggestions[0].id).toBe('kunashir');
  });
});

describe('npm run measure -- waters', () => {
  it('answers for the Kisshin Maru\'s position (2006): Japan\'s territorial sea in Japan\'s position, Russia\'s in Russia\'s', () => {
    const r = measure('waters', '145.82,43.45');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^43\.4500° N, 145\.8200° E: 3\.\d km \(1\.\d nmi\) from the nearest coast, Suisho \(Habomai Islands\)\.$/);
    expect(lines[1]).toMatch(/^Japan's undisputed coast is [67]\.\d km away, Russia's 3\d\d\.\d km, the four islands' 3\.\d km\.$/);
    expect(lines[2]).toMatch(/^In Japan's position \(the four islands are Japan's\): Japan's territorial sea; the median line is [\d,.]+ km away\.$/);
    expect(lines[3]).toMatch(/^In Russia's position \(the four islands are Russia's\): Russia's territorial sea; the median line is [0-9]\.\d km away\.$/);
    expect(lines[4]).toBe('Disputed: the two positions give these waters to different states.');
    // The point as two numbers, and the unit to lead with.
    expect(measure('waters', '145.82', '43.45').out).toBe(r.out);
    const nmi = measure('--unit', 'nmi', 'waters', '145.82', '43.45').out.split('\n');
    expect(nmi[0]).toMatch(/: 1\.\d nmi \(3\.\d km\) from the nearest coast/);
    expect(nmi[3]).toMatch(/the median line is \d+\.\d nmi away\.$/);
  });

  it('says when the point is on land, and which', () => {
    const r = measure('waters', '146,44.3');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^44\.3000° N, 146\.0000° E: on land: Kunashir, one of the four islands Russia holds and Japan claims\.\n/);
    expect(r.out).not.toMatch(/position/);
  });

  it('exits 1 with a message for a point it cannot read, off the globe or outside the atlas, control characters escaped', () => {
    const cases: [string[], RegExp][] = [
      [['waters', 'abc'], /^Not a point: "abc"\. Give the point as <lon>,<lat>/],
      [['waters', '43.45,145.82'], /^Latitude "145\.82" is out of range \(-90 to 90\)\. The order is longitude first: did you mean 145\.82,43\.45\?\n$/],
      [['waters', '10', '10'], /^10\.0000° N, 10\.0000° E is outside the waters the atlas covers \(135–167\.9° E, 40–60\.5° N\)\.\n$/],
      [['waters', '145\u001b[2J,43'], /^Not a point: "145\\x1b\[2J,43"\./],
      [['waters'], /^usage: /],
    ];
    for (const [args, message] of cases) {
      const r = measure(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
    }
  });

  it('prints the answer as one JSON object with --json, and an error as {"error":{…}}', () => {
    const r = measure('--json', 'waters', '145.82,43.45');
    expect(r.code).toBe(0);
    expect(r.out.indexOf('\n')).toBe(r.out.length - 1);
    const a = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(a)).toEqual(['point', 'onLand', 'coastKm', 'nearest', 'views', 'disputed', 'coast']);
    expect(a).toMatchObject({
      point: [145.82, 43.45],
      onLand: false,
      nearest: { islandId: 'suisho', name: 'Suisho', cluster: 'Habomai Islands' },
      views: {
        japan: { zone: { state: 'japan', kind: 'territorial-sea' } },
        russia: { zone: { state: 'russia', kind: 'territorial-sea' } },
      },
      disputed: true,
    });
    const { coastKm, nearest, views } = a as { coastKm: Record<string, number>; nearest: { km: number }; views: Record<string, { medianKm: number }> };
    expect(Object.keys(coastKm)).toEqual(['japan', 'russia', 'disputed']);
    // Rounded to the metre, and the nearest island is the four islands' nearest coast.
    for (const km of [...Object.values(coastKm), nearest.km, views.japan.medianKm, views.russia.medianKm]) expect(Number(km.toFixed(3))).toBe(km);
    expect(nearest.km).toBe(coastKm.disputed);
    expect(views.russia.medianKm).toBeGreaterThan(0);
    expect(views.russia.medianKm).toBeLessThan(10);

    const e = measure('--json', 'waters', '200,43');
    expect(e.code).toBe(1);
    expect(e.err).toBe('');
    expect(JSON.parse(e.out)).toEqual({
      error: { code: 'bad-coordinates', message: expect.stringMatching(/^Longitude "200" is out of range/) as unknown, point: '200,43' },
    });
  });
});

describe('npm run measure -- --lang', () => {
  it('answers in Japanese: names, numbers, units and sentences', () => {
    const r = measure('--lang', 'ja', 'kunashir', 'hokkaido');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^国後島 ↔ 北海道：16\.\d km（8\.\d海里）$/);
    expect(lines[1]).toMatch(/^最も近い地点：国後島側（北緯43\.\d{4}°、東経145\.\d{4}°）と北海道側（北緯/);
    expect(lines[2]).toBe('海岸線どうしの最短距離（WGS84楕円体上で計算）。');
  });

  it('answers in Russian, with decimal commas, for distances, areas and waters; names typed in Cyrillic', () => {
    expect(measure('--lang=ru', 'Кунашир', 'Итуруп', '--unit', 'mi').out).toMatch(/^Кунашир ↔ Итуруп: \d+,\d мили · \d+,\d км\n/);
    expect(measure('--lang', 'ru', 'area', '国後島').out).toMatch(/^Кунашир: 1\u00a04\d\d,\d км²\nОпубликованная площадь: /);
    const w = measure('--lang', 'ru', 'waters', '145.82,43.45').out.split('\n');
    expect(w[0]).toMatch(/^43,4500°\sс\.\sш\., 145,8200°\sв\.\sд\.: ближайший берег — .+, в 3,\d\sкм \(1,\d\sмор\.\sмили\)/);
    expect(w[2]).toMatch(/^По позиции Японии \(четыре острова принадлежат Японии\): территориальное море Японии; до срединной линии [\d\u00a0]+,\d км\.$/);
    expect(w[4]).toBe('Спорные воды: по позициям двух сторон они принадлежат разным государствам.');
  });

  it('writes errors in the language, JSON errors too, and refuses a language it does not speak', () => {
    const unknown = measure('--lang', 'ja', 'kunasir', 'hokkaido');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('"kunasir"という場所は本アトラスにない。近い候補：国後島（kunashir）。\n');
    const json = measure('--json', '--lang', 'ru', 'waters', '200,43');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).error.message).toMatch(/^Долгота "200" вне допустимого диапазона/);
    const bad = measure('--lang', 'fr', 'kunashir', 'hokkaido');
    expect(bad.code).toBe(1);
    expect(bad.out).toBe('');
    expect(bad.err).toBe('Unknown language "fr": use en, ja or ru.\n');
    expect(JSON.parse(measure('--json', '--lang=', 'a', 'b').out).error).toEqual({ code: 'unknown-language', message: 'Unknown language "": use en, ja or ru.', lang: '' });
  });
});
