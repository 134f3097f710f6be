/**
 * The property contracts of eras.geojson, era-tint.geojson, borders.geojson and claims.geojson (documented in
 * geo/README.md), checked at build time and where the app loads the files.
 */
import { checkCollection, is, type Problems } from '../../geo/geojson-check.ts';
import { ERA_IDS, HOLDERS, isEraId } from '../../geo/eras.ts';

const SIDES = ['japan', 'russia'];
const PART = /^[a-z0-9]+(-[a-z0-9]+)*(\/(north|south))?$/;

function era(p: Record<string, unknown>, where: string): Problems {
  return isEraId(p.era) ? [] : [`${where}: era must be one of ${ERA_IDS.join(', ')}`];
}

function strings(p: Record<string, unknown>, where: string, keys: string[]): Problems {
  return keys.filter((k) => !is.nonEmptyString(p[k])).map((k) => `${where}: ${k} is empty`);
}

/** `island` is an island id and `part` the island or one of its pieces (`sakhalin/south`). */
function islandPart(p: Record<string, unknown>, where: string): Problems {
  const out: Problems = [];
  if (!is.slug(p.island)) out.push(`${where}: island must be an island id`);
  if (typeof p.part !== 'string' || !PART.test(p.part) || !p.part.startsWith(String(p.island))) {
    out.push(`${where}: part must be the island id, or it with /north or /south`);
  }
  return out;
}

export function checkEraLand(value: unknown): Problems {
  const out = checkCollection(value, {
    name: 'eras',
    geometryTypes: ['Polygon'],
    check: (p, where) => {
      const problems = [...era(p, where), ...strings(p, where, ['polity', 'source'])];
      if (!(HOLDERS as readonly string[]).includes(p.holder as string)) problems.push(`${where}: holder must be one of ${HOLDERS.join(', ')}`);
      problems.push(...islandPart(p, where));
      return problems;
    },
  });
  if (out.length) return out;
  // The same land must not be held twice in one era.
  const seen = new Set<string>();
  for (const f of (value as { features: { properties: { era: string; part: string } }[] }).features) {
    const key = `${f.properties.era} ${f.properties.part}`;
    if (seen.has(key)) out.push(`eras: ${f.properties.part} appears twice in ${f.properties.era}`);
    seen.add(key);
  }
  return out;
}

export function checkBorders(value: unknown): Problems {
  return checkCollection(value, {
    name: 'borders',
    geometryTypes: ['LineString', 'MultiLineString'],
    check: (p, where) => {
      const problems = [...era(p, where), ...strings(p, where, ['treaty', 'note', 'source'])];
      if (p.kind !== 'sea' && p.kind !== 'land') problems.push(`${where}: kind must be sea or land`);
      return problems;
    },
  });
}

export function checkClaims(value: unknown): Problems {
  return checkCollection(value, {
    name: 'claims',
    geometryTypes: ['MultiPolygon'],
    check: (p, where) => {
      const problems = [
        ...era(p, where),
        ...strings(p, where, ['title', 'japan_position', 'japan_source', 'russia_position', 'russia_source']),
      ];
      if (!SIDES.includes(p.claimant as string) || !SIDES.includes(p.administered_by as string) || p.claimant === p.administered_by) {
        problems.push(`${where}: claimant and administered_by must be japan and russia, one each`);
      }
      if (!is.stringArray(p.islands) || !p.islands.length || !p.islands.every(is.slug)) problems.push(`${where}: islands must be a list of island ids`);
      return problems;
    },
  });
}

/** era-tint.geojson: one piece per feature, with a holder for every era. */
export function checkEraTint(value: unknown): Problems {
  return checkCollection(value, {
    name: 'era-tint',
    geometryTypes: ['Polygon'],
    check: (p, where) => {
      const problems = islandPart(p, where);
      for (const id of ERA_IDS) {
        if (!(HOLDERS as readonly string[]).includes(p[`holder_${id}`] as string)) problems.push(`${where}: holder_${id} must be one of ${HOLDERS.join(', ')}`);
      }
      return problems;
    },
  });
}
