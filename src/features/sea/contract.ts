/**
 * The property contract of maritime.geojson (documented in geo/README.md), as a valibot schema;
 * the types are inferred from it.
 */
import * as v from 'valibot';
import {
  LineStringSchema, MultiLineStringSchema, MultiPolygonSchema, PolygonSchema, SourcesSchema, collectionCheck, featureCollection, geometryOf, obj, oneOf, text,
} from '../../geo/geojson-schema.ts';

export const ZONES = ['territorial-sea', 'contiguous-zone', 'eez'] as const;
export const MARITIME_KINDS = [...ZONES, 'limit', 'median-line'] as const;
export const VIEWS = ['both', 'japan', 'russia'] as const;
export const STATES = ['japan', 'russia'] as const;

export const MaritimePropsSchema = v.pipe(
  obj({
    /** A zone (the water within its limit), a zone's outer limit, or the median line. */
    kind: oneOf(MARITIME_KINDS, 'kind'),
    /** Whose zone or limit; absent on the median line. */
    state: v.optional(oneOf(STATES, 'state')),
    /** On a limit line: which zone it bounds. */
    zone: v.optional(oneOf(ZONES, 'zone')),
    /** Which position draws it: Japan's (the four islands Japanese), Russia's, or both alike. */
    view: oneOf(VIEWS, 'view'),
    /** How it was computed. */
    method: text('method is empty'),
    /** The law or agreement it follows. */
    sources: SourcesSchema,
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const p = dataset.value;
    if (p.kind === 'median-line' && (p.state || p.zone)) addIssue({ message: 'a median line belongs to neither state and bounds no one zone' });
    if (p.kind !== 'median-line' && !p.state) addIssue({ message: `a ${p.kind} needs its state` });
    if ((p.kind === 'limit') !== (p.zone !== undefined)) addIssue({ message: 'zone is set on limit lines, and only on them' });
  }),
);
export type MaritimeProps = v.InferOutput<typeof MaritimePropsSchema>;

export const MaritimeSchema = featureCollection(
  geometryOf(PolygonSchema, MultiPolygonSchema, LineStringSchema, MultiLineStringSchema),
  MaritimePropsSchema,
);
export type MaritimeCollection = v.InferOutput<typeof MaritimeSchema>;
export type MaritimeFeature = MaritimeCollection['features'][number];

/** Checks maritime.geojson: structure and properties. */
export const checkMaritime = collectionCheck('maritime', MaritimeSchema);

/** land.geojson as the sea's readout reads it: each country's land (and lakes) as a MultiPolygon. */
export const LandSchema = featureCollection(
  geometryOf(PolygonSchema, MultiPolygonSchema),
  obj({ kind: oneOf(['land', 'water'] as const, 'kind'), country: text('country is empty') }),
);
export const checkLand = collectionCheck('land', LandSchema);
