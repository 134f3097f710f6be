import { describe, expect, it } from 'vitest';
import { createMapSync, mergePictures, type MapPicture } from './sync.ts';

type Call = [string, ...unknown[]];

/** A map that records the synchroniser's calls and can lose its WebGL context, as MapLibre's does. */
function fakeMap(ids: string[] = []) {
  const calls: Call[] = [];
  const listeners = new Map<string, Set<() => void>>();
  let lost = false;
  const guard = (name: string) => {
    // MapLibre's style is gone while the context is lost: a setter then throws.
    if (lost) throw new TypeError(`Cannot read properties of null (reading '${name}')`);
  };
  const map = {
    setGlobalStateProperty: (k: string, v: unknown) => { guard('setGlobalStateProperty'); calls.push(['global', k, v]); },
    getSource: (id: string) => ({
      setData: (d: unknown) => { guard('setData'); calls.push(['data', id, d]); return Promise.resolve(); },
      getData: () => Promise.resolve({ type: 'FeatureCollection', features: ids.map((x) => ({ type: 'Feature', properties: { id: x }, geometry: null })) }),
    }),
    setFeatureState: (t: { source: string; id: string }, s: Record<string, unknown>) => { guard('setFeatureState'); calls.push(['state', t.source, t.id, s]); },
    removeFeatureState: (t: { source: string; id: string }, key: string) => { guard('removeFeatureState'); calls.push(['remove', t.source, t.id, key]); },
    on: (type: string, fn: () => void) => { if (!listeners.has(type)) listeners.set(type, new Set()); listeners.get(type)!.add(fn); },
    once: (type: string, fn: () => void) => { const once = () => { map.off(type, once); fn(); }; map.on(type, once); },
    /** MapLibre's style rebuilt after a restore loads a moment later. */
    styleLoaded: true,
    isStyleLoaded: () => map.styleLoaded,
    off: (type: string, fn: () => void) => { listeners.get(type)?.delete(fn); },
    fire: (type: string) => { if (type === 'webglcontextlost') lost = true; if (type === 'webglcontextrestored') lost = false; for (const fn of listeners.get(type) ?? []) fn(); },
  };
  return { map, calls };
}

const fc = { type: 'FeatureCollection' as const, features: [] };

describe('the map synchroniser', () => {
  it('makes only the calls that differ from the last picture', () => {
    const { map, calls } = fakeMap();
    const sync = createMapSync(map as never, { alreadyShows: { global: { era: '1945', lang: 'en' } } });
    sync.apply({ global: { era: '1945', lang: 'en' } });
    expect(calls).toEqual([]);
    sync.apply({ global: { era: '1905', lang: 'en' }, data: { incidents: fc } });
    expect(calls).toEqual([['global', 'era', '1905'], ['data', 'incidents', fc]]);
    calls.length = 0;
    // The same data object again: no new setData.
    sync.apply({ global: { era: '1905', lang: 'en' }, data: { incidents: fc } });
    expect(calls).toEqual([]);
  });

  it('sets and removes feature state as features come and go from the picture', () => {
    const { map, calls } = fakeMap();
    const sync = createMapSync(map as never);
    sync.apply({ featureState: { islands: { kunashir: { hover: true } } } });
    sync.apply({ featureState: { islands: { iturup: { hover: true } } } });
    sync.apply({ featureState: {} });
    expect(calls).toEqual([
      ['state', 'islands', 'kunashir', { hover: true }],
      ['state', 'islands', 'iturup', { hover: true }],
      ['remove', 'islands', 'kunashir', 'hover'],
      ['remove', 'islands', 'iturup', 'hover'],
    ]);
  });

  it('sets a source-wide state on every feature, read from the source\'s own data', async () => {
    const { map, calls } = fakeMap(['a', 'b']);
    const sync = createMapSync(map as never);
    sync.apply({ sourceState: { sites: { offEra: true } } });
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual([['state', 'sites', 'a', { offEra: true }], ['state', 'sites', 'b', { offEra: true }]]);
  });

  it('holds changes while the WebGL context is lost and applies the latest on restore (regression: a context loss plus an era or language change removed the whole interface)', () => {
    const { map, calls } = fakeMap();
    const warnings: string[] = [];
    const sync = createMapSync(map as never, { warn: (m) => warnings.push(m) });
    sync.apply({ global: { era: '1945', lang: 'en' } });
    calls.length = 0;
    map.fire('webglcontextlost');
    expect(sync.holding).toBe(true);
    expect(() => sync.apply({ global: { era: '1905', lang: 'en' } })).not.toThrow();
    expect(() => sync.apply({ global: { era: '1905', lang: 'ja' } })).not.toThrow();
    expect(calls).toEqual([]);
    map.fire('webglcontextrestored');
    expect(sync.holding).toBe(false);
    expect(calls).toEqual([['global', 'era', '1905'], ['global', 'lang', 'ja']]);
    expect(warnings).toEqual([]);
  });

  it('applies the whole picture again after a context loss: MapLibre rebuilds the style without the feature state', () => {
    const { map, calls } = fakeMap();
    const sync = createMapSync(map as never);
    const picture = { global: { era: '1905' }, data: { incidents: fc }, featureState: { islands: { kunashir: { hover: true } } } };
    sync.apply(picture);
    map.fire('webglcontextlost');
    calls.length = 0;
    map.styleLoaded = false;
    map.fire('webglcontextrestored');
    // Still holding: the rebuilt style has not loaded yet.
    expect(sync.holding).toBe(true);
    sync.apply({ ...picture, global: { era: '1875' } });
    expect(calls).toEqual([]);
    map.styleLoaded = true;
    map.fire('style.load');
    expect(calls).toEqual([['global', 'era', '1875'], ['data', 'incidents', fc], ['state', 'islands', 'kunashir', { hover: true }]]);
  });

  it('never lets a failing map call escape to the caller, and says so once', () => {
    const { map } = fakeMap();
    const warnings: string[] = [];
    const broken = { ...map, setGlobalStateProperty: () => { throw new Error('boom'); } };
    const sync = createMapSync(broken as never, { warn: (m) => warnings.push(m) });
    expect(() => { sync.apply({ global: { era: '1905' } }); sync.apply({ global: { era: '1875' } }); }).not.toThrow();
    expect(warnings).toEqual(['map sync: global era: boom']);
  });
});

describe('sources and layers added at run time', () => {
  /** A map with a style that holds sources and layers, recording the calls that change them. */
  function styleMap(base: string[] = ['land', 'label-sea']) {
    const calls: Call[] = [];
    const sources = new Set<string>();
    const layers = [...base];
    const map = {
      getSource: (id: string) => (sources.has(id) ? {} : undefined),
      addSource: (id: string) => { if (sources.has(id)) throw new Error('exists'); sources.add(id); calls.push(['addSource', id]); },
      removeSource: (id: string) => { sources.delete(id); calls.push(['removeSource', id]); },
      getLayer: (id: string) => (layers.includes(id) ? {} : undefined),
      addLayer: (l: { id: string; layout: { visibility: string } }, before?: string) => {
        layers.splice(before ? layers.indexOf(before) : layers.length, 0, l.id);
        calls.push(['addLayer', l.id, l.layout.visibility, before]);
      },
      removeLayer: (id: string) => { layers.splice(layers.indexOf(id), 1); calls.push(['removeLayer', id]); },
      setLayoutProperty: (id: string, k: string, v: unknown) => calls.push(['layout', id, k, v]),
      on: () => {}, off: () => {}, once: () => {}, isStyleLoaded: () => true,
    };
    return { map, calls, layers };
  }
  const overlay = (id: string, visible = true) => ({
    source: { type: 'geojson' as const, data: fc },
    layers: [{ id: `${id}-fill`, type: 'fill' as const, source: id }, { id: `${id}-line`, type: 'line' as const, source: id }],
    before: 'label-sea',
    visible,
  });

  it('adds a source with its layers under the given layer, hides and shows them, and removes them', () => {
    const { map, calls, layers } = styleMap();
    const sync = createMapSync(map as never);
    const a = overlay('a');
    sync.apply({ added: { a } });
    expect(layers).toEqual(['land', 'a-fill', 'a-line', 'label-sea']);
    expect(calls).toEqual([['addSource', 'a'], ['addLayer', 'a-fill', 'visible', 'label-sea'], ['addLayer', 'a-line', 'visible', 'label-sea']]);
    calls.length = 0;
    sync.apply({ added: { a } });
    expect(calls).toEqual([]);
    sync.apply({ added: { a: { ...a, visible: false } } });
    expect(calls).toEqual([['layout', 'a-fill', 'visibility', 'none'], ['layout', 'a-line', 'visibility', 'none']]);
    calls.length = 0;
    sync.apply({});
    expect(calls).toEqual([['removeLayer', 'a-fill'], ['removeLayer', 'a-line'], ['removeSource', 'a']]);
    expect(layers).toEqual(['land', 'label-sea']);
  });

  it('replaces an overlay whose source or layers are new objects, and draws on top when its layer is missing', () => {
    const { map, calls, layers } = styleMap(['land']);
    const sync = createMapSync(map as never);
    sync.apply({ added: { a: overlay('a') } });
    calls.length = 0;
    sync.apply({ added: { a: overlay('a', false) } });
    expect(calls).toEqual([
      ['removeLayer', 'a-fill'], ['removeLayer', 'a-line'], ['removeSource', 'a'],
      ['addSource', 'a'], ['addLayer', 'a-fill', 'none', undefined], ['addLayer', 'a-line', 'none', undefined],
    ]);
    expect(layers).toEqual(['land', 'a-fill', 'a-line']);
  });
});

describe('mergePictures', () => {
  it('merges the features\' pictures; feature state per source', () => {
    const a: MapPicture = { global: { era: '1945' }, featureState: { s: { x: { hover: true } } } };
    const b: MapPicture = { global: { lang: 'ja' }, featureState: { s: { y: { hover: true } } }, data: { d: fc } };
    expect(mergePictures([a, b])).toEqual({ global: { era: '1945', lang: 'ja' }, data: { d: fc }, featureState: { s: { x: { hover: true }, y: { hover: true } } }, sourceState: {}, added: {} });
  });
});
