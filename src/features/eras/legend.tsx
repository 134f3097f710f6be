/**
 * The legend of the border eras: a swatch per kind of land drawn as the map draws it (the same
 * tint over the base land, the same hatch images), each named in words, and a table of who the
 * two sides were in each era. Hatching, dashes and the names tell the kinds apart without colour.
 */
import { useEffect, useRef } from 'react';
import { ERAS, type EraId, type EraTexts } from '../../geo/eras.ts';
import { ERA_COLORS, ERA_PATTERN, LAND_OPACITY, PATTERN_PIXEL_RATIO, eraPatterns } from './layers.ts';
import type { RgbaImage } from '../../map/rgba-image.ts';
import { PALETTE } from '../../map/palette.ts';
import { useAtlas } from '../../state/react.tsx';

export type SwatchKind = 'japan' | 'russia' | 'joint' | 'claim';

const SWATCH = { width: 36, height: 20 };

function tile(ctx: CanvasRenderingContext2D, image: RgbaImage): CanvasPattern | null {
  const c = document.createElement('canvas');
  c.width = image.width;
  c.height = image.height;
  const g = c.getContext('2d');
  if (!g) return null;
  g.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  return ctx.createPattern(c, 'repeat');
}

/** Paints a swatch the way the era layers paint land: base land, holder tint, then any hatch. */
function paint(canvas: HTMLCanvasElement, kind: SwatchKind): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { width: w, height: h } = canvas;
  ctx.fillStyle = PALETTE.land;
  ctx.fillRect(0, 0, w, h);
  ctx.globalAlpha = LAND_OPACITY;
  ctx.fillStyle = ERA_COLORS[kind === 'claim' ? 'russia' : kind];
  ctx.fillRect(0, 0, w, h);
  ctx.globalAlpha = 1;
  const patterns = eraPatterns();
  const hatch = kind === 'joint' ? patterns[ERA_PATTERN.joint] : kind === 'claim' ? patterns[ERA_PATTERN.claim] : null;
  const pattern = hatch ? tile(ctx, hatch) : null;
  if (pattern) {
    ctx.fillStyle = pattern;
    ctx.fillRect(0, 0, w, h);
  }
  if (kind === 'claim') {
    ctx.strokeStyle = ERA_COLORS.claim;
    ctx.lineWidth = 1.6;
    ctx.setLineDash([4, 4]);
    ctx.strokeRect(1, 1, w - 2, h - 2);
  }
}

/** A land swatch, drawn at the hatch images' pixel ratio so stripes match the map's. */
export function LandSwatch({ kind }: { kind: SwatchKind }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => { if (ref.current) paint(ref.current, kind); }, [kind]);
  return (
    <canvas
      ref={ref} className="era-swatch" data-swatch={kind} aria-hidden="true"
      width={SWATCH.width * PATTERN_PIXEL_RATIO} height={SWATCH.height * PATTERN_PIXEL_RATIO}
      style={{ width: SWATCH.width, height: SWATCH.height }}
    />
  );
}

export function LineSwatch({ dashed }: { dashed: boolean }) {
  return (
    <svg className="era-swatch" width={SWATCH.width} height={SWATCH.height} aria-hidden="true">
      <line x1="2" y1="10" x2="34" y2="10" stroke={ERA_COLORS.border} strokeWidth={dashed ? 2 : 3} strokeDasharray={dashed ? '6 4' : undefined} />
    </svg>
  );
}

const SHARED: Partial<Record<EraId, { kind: SwatchKind; text: string }>> = {
  '1855': { kind: 'joint', text: 'Sakhalin and Moneron, undivided' },
  '1945': { kind: 'claim', text: 'The four islands: held by Russia, claimed by Japan' },
};

export function EraLegend({ era, texts }: { era: EraId; texts: EraTexts | null }) {
  return (
    <section className="panel era-legend" aria-labelledby="era-legend-title">
      <h2 id="era-legend-title">Legend</h2>
      <ul className="era-legend-items">
        <li><LandSwatch kind="japan" /><span>Japanese side: solid tint</span></li>
        <li><LandSwatch kind="russia" /><span>Russian side: solid tint</span></li>
        <li><LandSwatch kind="joint" /><span>Undivided land (1855–1875): stripes of both sides’ colours</span></li>
        <li><LandSwatch kind="claim" /><span>Claimed by Japan, held by Russia (1945–today, on the water today): thin stripes, dashed outline. In Japan’s or Russia’s position the four islands take that side’s colour.</span></li>
        <li><LineSwatch dashed /><span>Sea border: dashed, approximate, down the middle of the strait</span></li>
        <li><LineSwatch dashed={false} /><span>Land border (1905–1945): solid, the 50th parallel on Sakhalin</span></li>
      </ul>
      <table className="era-holders">
        <caption>Who held the land, by era</caption>
        <thead>
          <tr><th scope="col">Era</th><th scope="col">Japanese side</th><th scope="col">Russian side</th><th scope="col">Shared or claimed</th></tr>
        </thead>
        <tbody>
          {ERAS.map((m) => {
            const shared = SHARED[m.id];
            return (
              <tr key={m.id} aria-current={m.id === era ? 'true' : undefined} className={m.id === era ? 'is-current' : undefined}>
                <th scope="row">{m.span}</th>
                <td><LandSwatch kind="japan" /> {texts?.eras[m.id].polities.japan?.en ?? '…'}</td>
                <td><LandSwatch kind="russia" /> {texts?.eras[m.id].polities.russia?.en ?? '…'}</td>
                <td>{shared ? <><LandSwatch kind={shared.kind} /> {shared.text}</> : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The eras' rows of the on-map legend: what the chosen era (and, from 1945, the point of view) draws. */
export function EraLegendItems() {
  const era = useAtlas((s) => s.era);
  const pov = useAtlas((s) => s.pov);
  return (
    <li className="map-legend-group">
      <span className="map-legend-group-name">Land and borders</span>
      <ul>
      <li><LandSwatch kind="japan" /><span>Japanese side</span></li>
      <li><LandSwatch kind="russia" /><span>Russian side</span></li>
      {era === '1855' && <li><LandSwatch kind="joint" /><span>Sakhalin, undivided: stripes of both colours</span></li>}
      {era === '1945' && pov === 'water' && <li><LandSwatch kind="claim" /><span>The four islands: held by Russia, claimed by Japan (stripes, dashed outline)</span></li>}
      {era === '1945' && pov === 'japan' && <li><LandSwatch kind="japan" /><span>The four islands, Japan’s in Japan’s position (dashed outline)</span></li>}
      {era === '1945' && pov === 'russia' && <li><LandSwatch kind="russia" /><span>The four islands, Russia’s in Russia’s position</span></li>}
      <li><LineSwatch dashed /><span>Border at sea (dashed, approximate){era === '1945' && pov === 'japan' ? '; in Japan’s position, through the Vries (Friz) Strait between Iturup and Urup, as in 1855' : ''}</span></li>
      {era === '1905' && <li><LineSwatch dashed={false} /><span>Border on land: the 50th parallel on Sakhalin</span></li>}
      </ul>
    </li>
  );
}
