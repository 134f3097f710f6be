/**
 * The article's energy context as two small bar charts: how many days LNG takes to reach Japan
 * from Sakhalin and from the Middle East, and Russia's share of Japan's gas and crude imports
 * against the 15% cap some in Tokyo argue for. Each bar carries its value in words and each chart
 * its sources, so neither colour nor the drawing alone carries a figure. Words, numbers and units
 * are the reader's language's.
 */
import type { Source } from '../../geo/types.ts';
import { ARTICLE, YOMIURI, contextFigures, type ContextFigure } from './context-data.ts';
import { COMMODITY_STYLE } from './layers.ts';
import { axisMax } from './view.ts';
import { useEnergyWords } from './use-energy-words.ts';
import type { EnergyWords } from './words.ts';
import { SourceCite } from '../../ui/source-cite.tsx';

interface Bar { figure: ContextFigure; label: string; colour: string }
interface Axis { max: number; step: number; percent: boolean }

const VIEW_W = 340;
const PAD_L = 12;
const PAD_R = 70;
const ROW_H = 34;
const TOP = 22;
const OTHER = '#6b7280';

/** A source as the reader sees it: where its publisher or title is our own description, in the language. */
function shownSource(s: Source, w: EnergyWords): Source {
  if (s === ARTICLE) return { ...s, publisher: w.t('energy.context.articlePublisher') };
  if (s === YOMIURI) return { ...s, title: w.t('energy.context.yomiuriTitle') };
  return s;
}

function BarChart(props: { id: string; title: string; bars: Bar[]; axis: Axis; reference?: { figure: ContextFigure; label: string }; w: EnergyWords }) {
  const { bars, axis, w } = props;
  const plotW = VIEW_W - PAD_L - PAD_R;
  const x = (v: number) => PAD_L + (v / axis.max) * plotW;
  const height = TOP + bars.length * ROW_H + 18;
  const ticks = Array.from({ length: axis.max / axis.step + 1 }, (_, i) => i * axis.step);
  const pairs = bars.map((b) => w.t('energy.context.pair', { label: b.label, value: w.figure(b.figure) }));
  if (props.reference) pairs.push(w.t('energy.context.pair', { label: props.reference.label, value: w.figure(props.reference.figure) }));
  const summary = pairs.join(w.t('energy.context.pairSeparator'));
  const tick = (v: number) => (axis.percent ? w.percent(v) : String(v));
  return (
    <svg className="energy-chart" viewBox={`0 0 ${VIEW_W} ${height}`} role="img" aria-label={w.t('energy.context.chartLabel', { title: props.title, summary })} data-chart={props.id}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={height - 16} stroke="#d9e2ec" strokeWidth={1} />
          <text x={x(t)} y={height - 4} fontSize={10} textAnchor="middle" fill="#52606d">{tick(t)}</text>
        </g>
      ))}
      {bars.map((b, i) => {
        const y = TOP + i * ROW_H;
        const [lo, hi] = Array.isArray(b.figure.value) ? b.figure.value : [b.figure.value, b.figure.value];
        return (
          <g key={b.figure.id} data-figure={b.figure.id}>
            <text x={PAD_L} y={y + 8} fontSize={11} fill="#1f2933">{b.label}</text>
            <rect x={x(0)} y={y + 12} width={x(lo) - x(0)} height={12} fill={b.colour} data-value={lo} />
            {hi > lo && (
              // The uncertain end of a range: lighter, and outlined so it reads without colour.
              <rect x={x(lo)} y={y + 12} width={x(hi) - x(lo)} height={12} fill={b.colour} fillOpacity={0.35} stroke={b.colour} strokeDasharray="2 2" data-value={hi} />
            )}
            <text x={x(hi) + 4} y={y + 22} fontSize={11} fontWeight={700} fill="#1f2933">{w.figure(b.figure)}</text>
          </g>
        );
      })}
      {props.reference && (() => {
        const rx = x(props.reference.figure.value as number);
        return (
          <g data-figure={props.reference.figure.id}>
            <line x1={rx} x2={rx} y1={TOP - 8} y2={height - 16} stroke="#8a1c12" strokeWidth={2} strokeDasharray="5 3" />
            <text x={rx} y={TOP - 11} fontSize={10} fontWeight={700} textAnchor="middle" fill="#8a1c12">{props.reference.label}</text>
          </g>
        );
      })()}
    </svg>
  );
}

function Notes({ figures, w }: { figures: ContextFigure[]; w: EnergyWords }) {
  const { t } = w;
  return (
    <ul className="energy-chart-notes">
      {figures.map((f) => (
        <li key={f.id}>
          <strong>
            {f.year
              ? t('energy.context.headYear', { label: t(f.label), year: String(f.year), value: w.figure(f) })
              : t('energy.context.head', { label: t(f.label), value: w.figure(f) })}
          </strong>
          {f.basis === 'article' && <> · {t('energy.context.articleOnly')}</>}
          {f.note && <> · {t(f.note)}</>}
          <SourceCite source={shownSource(f.source, w)} />
        </li>
      ))}
    </ul>
  );
}

export function EnergyContext() {
  const w = useEnergyWords();
  const { t } = w;
  const voyage = contextFigures('voyage');
  const imports = contextFigures('imports');
  const cap = contextFigures('policy')[0];
  const voyageBars: Bar[] = voyage.map((f) => ({
    figure: f,
    label: t(f.bar),
    colour: f.id.includes('sakhalin') ? COMMODITY_STYLE.gas.colour : OTHER,
  }));
  const importBars: Bar[] = imports.map((f) => ({
    figure: f,
    label: t(f.bar),
    colour: f.id.includes('crude') ? COMMODITY_STYLE.oil.colour : COMMODITY_STYLE.gas.colour,
  }));
  const all = (figs: ContextFigure[]) => figs.flatMap((f) => (Array.isArray(f.value) ? f.value : [f.value]));
  return (
    <section className="energy-context" aria-labelledby="energy-context-title">
      <h2 id="energy-context-title">{t('energy.context.title')}</h2>
      <figure>
        <figcaption>{t('energy.context.voyageCaption')}</figcaption>
        <BarChart id="voyage" title={t('energy.context.voyageCaption')} bars={voyageBars} axis={{ max: axisMax(all(voyage), 5), step: 5, percent: false }} w={w} />
        <Notes figures={voyage} w={w} />
      </figure>
      <figure>
        <figcaption>{t('energy.context.importsCaption')}</figcaption>
        {cap && (
          <BarChart id="imports" title={t('energy.context.importsTitle')} bars={importBars}
            axis={{ max: axisMax([...all(imports), ...all([cap])], 5) + 5, step: 5, percent: true }}
            reference={{ figure: cap, label: t(cap.bar, { value: w.figure(cap) }) }} w={w} />
        )}
        <Notes figures={cap ? [...imports, cap] : imports} w={w} />
      </figure>
    </section>
  );
}
