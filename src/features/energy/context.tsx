/**
 * The article's energy context as two small bar charts: how many days LNG takes to reach Japan
 * from Sakhalin and from the Middle East, and Russia's share of Japan's gas and crude imports
 * against the 15% cap some in Tokyo argue for. Each bar carries its value in words and each chart
 * its sources, so neither colour nor the drawing alone carries a figure.
 */
import { contextFigures, formatFigure, type ContextFigure } from './context-data.ts';
import { COMMODITY_STYLE } from './layers.ts';
import { axisMax } from './view.ts';
import { SourceCite } from '../../ui/source-cite.tsx';

interface Bar { figure: ContextFigure; label: string; colour: string }
interface Axis { max: number; step: number; unit: string }

const VIEW_W = 340;
const PAD_L = 12;
const PAD_R = 70;
const ROW_H = 34;
const TOP = 22;
const OTHER = '#6b7280';

const origin = (f: ContextFigure) => (f.basis === 'article' ? 'source article' : `${f.source.publisher}${f.year ? `, ${f.year}` : ''}`);

function BarChart(props: { id: string; title: string; bars: Bar[]; axis: Axis; reference?: { figure: ContextFigure; label: string } }) {
  const { bars, axis } = props;
  const plotW = VIEW_W - PAD_L - PAD_R;
  const x = (v: number) => PAD_L + (v / axis.max) * plotW;
  const height = TOP + bars.length * ROW_H + 18;
  const ticks = Array.from({ length: axis.max / axis.step + 1 }, (_, i) => i * axis.step);
  const summary = bars.map((b) => `${b.label}: ${formatFigure(b.figure)}`).join('; ')
    + (props.reference ? `; ${props.reference.label}: ${formatFigure(props.reference.figure)}` : '');
  return (
    <svg className="energy-chart" viewBox={`0 0 ${VIEW_W} ${height}`} role="img" aria-label={`${props.title}. ${summary}.`} data-chart={props.id}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={height - 16} stroke="#d9e2ec" strokeWidth={1} />
          <text x={x(t)} y={height - 4} fontSize={10} textAnchor="middle" fill="#52606d">{t}{axis.unit}</text>
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
            <text x={x(hi) + 4} y={y + 22} fontSize={11} fontWeight={700} fill="#1f2933">{formatFigure(b.figure)}</text>
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

function Notes({ figures }: { figures: ContextFigure[] }) {
  return (
    <ul className="energy-chart-notes">
      {figures.map((f) => (
        <li key={f.id}>
          <strong>{f.label}{f.year ? ` (${f.year})` : ''}: {formatFigure(f)}</strong>
          {f.basis === 'article' && <> · only the source article says so</>}
          {f.note && <> · {f.note}</>}
          <SourceCite source={f.source} />
        </li>
      ))}
    </ul>
  );
}

export function EnergyContext() {
  const voyage = contextFigures('voyage');
  const imports = contextFigures('imports');
  const cap = contextFigures('policy')[0];
  const voyageBars: Bar[] = voyage.map((f) => ({
    figure: f,
    label: `${f.label.replace(/^LNG voyage, /, '')} (${origin(f)})`,
    colour: f.id.includes('sakhalin') ? COMMODITY_STYLE.gas.colour : OTHER,
  }));
  const importBars: Bar[] = imports.map((f) => ({
    figure: f,
    label: `${f.id.includes('crude') ? 'Crude oil' : 'Gas'}, ${f.year ?? ''}`,
    colour: f.id.includes('crude') ? COMMODITY_STYLE.oil.colour : COMMODITY_STYLE.gas.colour,
  }));
  const all = (figs: ContextFigure[]) => figs.flatMap((f) => (Array.isArray(f.value) ? f.value : [f.value]));
  return (
    <section className="energy-context" aria-labelledby="energy-context-title">
      <h2 id="energy-context-title">Japanese and Russian energy, in figures</h2>
      <figure>
        <figcaption>Days at sea for an LNG cargo to Japan</figcaption>
        <BarChart id="voyage" title="Days at sea for an LNG cargo to Japan" bars={voyageBars} axis={{ max: axisMax(all(voyage), 5), step: 5, unit: '' }} />
        <Notes figures={voyage} />
      </figure>
      <figure>
        <figcaption>Russia’s share of Japan’s imports, and the cap some in Tokyo argue for</figcaption>
        {cap && (
          <BarChart id="imports" title="Russia’s share of Japan’s imports" bars={importBars}
            axis={{ max: axisMax([...all(imports), ...all([cap])], 5) + 5, step: 5, unit: '%' }}
            reference={{ figure: cap, label: `${formatFigure(cap)} cap` }} />
        )}
        <Notes figures={cap ? [...imports, cap] : imports} />
      </figure>
    </section>
  );
}
