/** The property contract of islands.geojson (documented in geo/README.md). */
import { checkCollection, is, type Problems } from '../../geo/geojson-check.ts';

const GROUPS = ['northern-territories', 'kurils', 'hokkaido', 'sakhalin', 'kamchatka', 'honshu'];
const SIDES = ['japan', 'russia'];

export function checkIslands(value: unknown): Problems {
  return checkCollection(value, {
    name: 'islands',
    idKey: 'id',
    geometryTypes: ['Polygon', 'MultiPolygon'],
    check: (p, where) => {
      const out: Problems = [];
      if (!is.slug(p.id)) out.push(`${where}: id must be a lowercase ASCII slug`);
      const name = p.name as Record<string, unknown> | undefined;
      for (const lang of ['en', 'ja', 'ru']) {
        if (!is.nonEmptyString(name?.[lang])) out.push(`${where}: name.${lang} is empty`);
      }
      if (!is.stringArray(p.aliases)) out.push(`${where}: aliases must be a list of non-empty strings`);
      if (!GROUPS.includes(p.group as string)) out.push(`${where}: group ${String(p.group)} is not one of ${GROUPS.join(', ')}`);
      if (p.cluster !== null && !is.slug(p.cluster)) out.push(`${where}: cluster must be a slug or null`);
      if (!SIDES.includes(p.administered_by as string)) out.push(`${where}: administered_by must be japan or russia`);
      if (p.claimed_by !== null && !SIDES.includes(p.claimed_by as string)) out.push(`${where}: claimed_by must be japan, russia or null`);
      const hasArea = p.published_area_km2 !== null;
      if (hasArea && !is.positiveNumber(p.published_area_km2)) out.push(`${where}: published_area_km2 must be a positive number`);
      if (hasArea !== is.nonEmptyString(p.area_source)) out.push(`${where}: a published area needs its area_source, and only then`);
      return out;
    },
  });
}
