/**
 * The eras' part of "Export" (src/features/export/): the era's land by holder and its borders
 * (and, from 1945, Japan's claim) as one GeoJSON with the texts in the interface language, and
 * the treaty's citations for the picture and the print. Loaded after the first view, when the export first gathers what the map shows;
 * the files are the app's own (the browser has them cached from the map's first view).
 */
import type { Feature } from 'geojson';
import type { MessageId } from '../../i18n/ids.ts';
import type { ExportProvider } from '../../ui/feature.ts';
import type { BorderCollection, ClaimCollection, EraLandCollection, EraTexts } from '../../geo/eras.ts';
import { localise } from '../../i18n/text-fields.ts';
import { loadDataFile } from '../../ui/data-file.ts';
import { checkBorders, checkClaims, checkEraLand } from './contract.ts';
import { checkEraTexts } from '../../geo/era-texts.ts';

export const erasExport: ExportProvider = async ({ state, texts, t }) => {
  const { era } = state;
  const eraTexts = localise('era-texts.json', await loadDataFile<EraTexts>('era-texts.json', checkEraTexts), texts);
  const text = eraTexts.eras[era];
  const geojson = async () => {
    const [land, borders, claims] = await Promise.all([
      loadDataFile<EraLandCollection>('eras.geojson', checkEraLand),
      loadDataFile<BorderCollection>('borders.geojson', checkBorders),
      era === '1945' ? loadDataFile<ClaimCollection>('claims.geojson', checkClaims) : null,
    ]);
    const tag = (layer: string) => (f: Feature): Feature => ({ ...f, properties: { layer, ...f.properties } });
    return {
      type: 'FeatureCollection' as const,
      features: [
        ...land.features.filter((f) => f.properties.era === era).map(tag('land')),
        ...localise('borders.geojson', borders, texts).features.filter((f) => f.properties.era === era).map(tag('border')),
        ...(claims ? localise('claims.geojson', claims, texts).features.filter((f) => f.properties.era === era).map(tag('claim')) : []),
      ],
    };
  };
  return {
    files: [{ name: `era-${era}`, label: t('export.data.era', { era: t(`eras.era.${era}.span` as MessageId) }), geojson }],
    sources: [...text.treaty.inForce.flatMap((x) => x.citations), ...text.clause.citations],
  };
};
