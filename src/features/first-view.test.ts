import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { buildStyle } from '../map/style.ts';
import { addLaterLayers, splitFirstView } from '../map/first-view-layers.ts';
import { mapParts } from './registry.ts';

const dataUrl = 'http://localhost/data';
const parts = mapParts(dataUrl);
const FILLED_LATER = parts.filledLater;
const style = buildStyle({ dataUrl, fontFaces: {}, lang: 'en', overlays: parts, state: parts.state });
const sourceOf = (l: LayerSpecification) => ('source' in l ? l.source : undefined);

describe('the first view’s layers and the later ones', () => {
  const { first, later } = splitFirstView(style.layers, FILLED_LATER);

  it('leaves out exactly the layers of the sources filled after the first view', () => {
    expect(first.some((l) => FILLED_LATER.has(String(sourceOf(l))))).toBe(false);
    expect(later.map((x) => x.layer.id).sort()).toEqual(style.layers.filter((l) => FILLED_LATER.has(String(sourceOf(l)))).map((l) => l.id).sort());
    // The islands' outlines, the incidents, both measurements and the sea zones: 26 layers of 53.
    expect(later).toHaveLength(26);
    expect(style.layers).toHaveLength(53);
    expect(first.length + later.length).toBe(style.layers.length);
  });

  it('rebuilds the style’s order when the later layers are added as MapLibre adds them', () => {
    const ids = first.map((l) => l.id);
    const added: [string, string | undefined][] = [];
    addLaterLayers({
      addLayer: (layer, before) => {
        added.push([layer.id, before]);
        const at = before === undefined ? ids.length : ids.indexOf(before);
        if (at < 0) throw new Error(`no layer ${before}`);
        ids.splice(at, 0, layer.id);
        return undefined as never;
      },
    }, later);
    expect(ids).toEqual(style.layers.map((l) => l.id));
    // The incidents are the top layers: they go on top, with no layer to go below.
    expect(added.filter(([, before]) => before === undefined).map(([id]) => id)).toEqual(expect.arrayContaining(['incident-markers']));
  });
});
