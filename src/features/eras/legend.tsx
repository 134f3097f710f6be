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
import type { MessageId } from '../../i18n/ids.ts';
import { useEraWords } from './use-era-words.ts';

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

const SHARED: Partial<Record<EraId, { kind: SwatchKind; text: MessageId }>> = {
  '1855': { kind: 'joint', text: 'eras.legend.sharedJoint' },
  '1945': { kind: 'claim', text: 'eras.legend.sharedClaim' },
};

export function EraLegend({ era, texts }: { era: EraId; texts: EraTexts | null }) {
  const w = useEraWords();
  const { t, lang } = w;
  return (
    <section className="panel era-legend" aria-labelledby="era-legend-title">
      <h2 id="era-legend-title">{t('eras.legend.title')}</h2>
      <ul className="era-legend-items">
        <li><LandSwatch kind="japan" /><span>{t('eras.legend.japan')}</span></li>
        <li><LandSwatch kind="russia" /><span>{t('eras.legend.russia')}</span></li>
        <li><LandSwatch kind="joint" /><span>{t('eras.legend.joint')}</span></li>
        <li><LandSwatch kind="claim" /><span>{t('eras.legend.claim')}</span></li>
        <li><LineSwatch dashed /><span>{t('eras.legend.seaBorder')}</span></li>
        <li><LineSwatch dashed={false} /><span>{t('eras.legend.landBorder')}</span></li>
      </ul>
      <table className="era-holders">
        <caption>{t('eras.legend.holders')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('eras.legend.era')}</th>
            <th scope="col">{t('eras.side.japan')}</th>
            <th scope="col">{t('eras.side.russia')}</th>
            <th scope="col">{t('eras.legend.shared')}</th>
          </tr>
        </thead>
        <tbody>
          {ERAS.map((m) => {
            const shared = SHARED[m.id];
            return (
              <tr key={m.id} aria-current={m.id === era ? 'true' : undefined} className={m.id === era ? 'is-current' : undefined}>
                <th scope="row">{w.span(m.id)}</th>
                <td><LandSwatch kind="japan" /> {texts?.eras[m.id].polities.japan?.[lang] ?? '…'}</td>
                <td><LandSwatch kind="russia" /> {texts?.eras[m.id].polities.russia?.[lang] ?? '…'}</td>
                <td>{shared ? <><LandSwatch kind={shared.kind} /> {t(shared.text)}</> : '—'}</td>
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
  const { t } = useEraWords();
  return (
    <li className="map-legend-group">
      <span className="map-legend-group-name">{t('eras.mapLegend.title')}</span>
      <ul>
      <li><LandSwatch kind="japan" /><span>{t('eras.side.japan')}</span></li>
      <li><LandSwatch kind="russia" /><span>{t('eras.side.russia')}</span></li>
      {era === '1855' && <li><LandSwatch kind="joint" /><span>{t('eras.mapLegend.joint')}</span></li>}
      {era === '1945' && pov === 'water' && <li><LandSwatch kind="claim" /><span>{t('eras.mapLegend.claimWater')}</span></li>}
      {era === '1945' && pov === 'japan' && <li><LandSwatch kind="japan" /><span>{t('eras.mapLegend.claimJapan')}</span></li>}
      {era === '1945' && pov === 'russia' && <li><LandSwatch kind="russia" /><span>{t('eras.mapLegend.claimRussia')}</span></li>}
      <li><LineSwatch dashed /><span>{t(era === '1945' && pov === 'japan' ? 'eras.mapLegend.seaBorderJapan' : 'eras.mapLegend.seaBorder')}</span></li>
      {era === '1905' && <li><LineSwatch dashed={false} /><span>{t('eras.mapLegend.landBorder')}</span></li>}
      </ul>
    </li>
  );
}
