/**
 * The timeline: an SVG bar chart of incidents per year with a brush over it. Drag across the bars
 * to choose years, drag the selection to move it, drag its edges to widen or narrow it; pointer
 * events serve mouse, pen and touch alike. Two range inputs hold the same two years, for the
 * keyboard and for anyone who prefers them.
 */
import { useId, useRef } from 'react';
import type { YearSpan } from './filter.ts';
import { useT } from '../../i18n/provider.tsx';

export interface IncidentTimelineProps {
  /** One entry per year, zeros included, in order. */
  counts: readonly { year: number; count: number }[];
  /** The years brushed. */
  range: YearSpan;
  /** The years actually shown (the brush within the era); bars outside are drawn faint. */
  shown: YearSpan | null;
  /** The era's years, drawn as a band, or null with "all years". */
  era: YearSpan | null;
  /** The year of the selected incident, marked under its bar. */
  selectedYear: number | null;
  onChange: (range: YearSpan) => void;
}

const W = 320;
const H = 84;
const PAD = 6;
const BASE = 62;
const TOP = 6;

type Drag = { mode: 'new' | 'start' | 'end' | 'move'; anchor: number; grab: number };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function IncidentTimeline(props: IncidentTimelineProps) {
  const { counts, range, shown, era, selectedYear, onChange } = props;
  const t = useT();
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<Drag | null>(null);
  if (!counts.length) return null;
  const lo = counts[0].year;
  const hi = counts[counts.length - 1].year;
  const bw = (W - 2 * PAD) / (hi - lo + 1);
  const x = (year: number) => PAD + (year - lo) * bw;
  const max = Math.max(1, ...counts.map((c) => c.count));
  const set = (from: number, to: number) => {
    if (from !== range.from || to !== range.to) onChange({ from, to });
  };
  const svgX = (clientX: number) => {
    const r = svg.current!.getBoundingClientRect();
    return ((clientX - r.left) / r.width) * W;
  };
  const yearAt = (sx: number) => clamp(lo + Math.floor((sx - PAD) / bw), lo, hi);

  const down = (e: React.PointerEvent<SVGSVGElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const sx = svgX(e.clientX);
    const year = yearAt(sx);
    // A finger is less exact than a mouse: its handles are wider.
    const reach = e.pointerType === 'touch' ? 12 : 5;
    const whole = range.from === lo && range.to === hi;
    let mode: Drag['mode'] = 'new';
    if (Math.abs(sx - x(range.from)) <= reach) mode = 'start';
    else if (Math.abs(sx - x(range.to + 1)) <= reach) mode = 'end';
    else if (!whole && year >= range.from && year <= range.to) mode = 'move';
    drag.current = { mode, anchor: year, grab: year - range.from };
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
    if (mode === 'new') set(year, year);
  };
  const move = (e: React.PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const year = yearAt(svgX(e.clientX));
    if (d.mode === 'new') set(Math.min(d.anchor, year), Math.max(d.anchor, year));
    else if (d.mode === 'start') set(Math.min(year, range.to), range.to);
    else if (d.mode === 'end') set(range.from, Math.max(year, range.from));
    else {
      const width = range.to - range.from;
      const from = clamp(year - d.grab, lo, hi - width);
      set(from, from + width);
    }
  };
  const up = (e: React.PointerEvent<SVGSVGElement>) => {
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };

  const inShown = (y: number) => shown !== null && y >= shown.from && y <= shown.to;
  const eraBand = era && era.to >= lo && era.from <= hi ? { from: Math.max(era.from, lo), to: Math.min(era.to, hi) } : null;
  const decades = counts.filter((c) => c.year % 10 === 0).map((c) => c.year);

  return (
    <div className="incident-timeline">
      <svg
        ref={svg} viewBox={`0 0 ${W} ${H}`} className="incident-chart" role="img"
        aria-label={t('incidents.chart.label', { first: String(lo), last: String(hi), from: String(range.from), to: String(range.to) })}
        onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerCancel={up}
      >
        {eraBand && <rect className="incident-era-band" x={x(eraBand.from)} y={TOP - 4} width={x(eraBand.to + 1) - x(eraBand.from)} height={BASE - TOP + 4} />}
        {counts.map((c) => {
          const h = (c.count / max) * (BASE - TOP);
          return (
            <rect key={c.year} className={inShown(c.year) ? 'incident-bar' : 'incident-bar is-hidden'} x={x(c.year) + 0.4} y={BASE - h} width={Math.max(0.6, bw - 0.8)} height={h}>
              <title>{t('incidents.chart.bar', { year: String(c.year), count: c.count })}</title>
            </rect>
          );
        })}
        <line className="incident-axis" x1={PAD} x2={W - PAD} y1={BASE + 0.5} y2={BASE + 0.5} />
        {decades.map((y) => <text key={y} className="incident-tick" x={x(y)} y={H - 6}>{y}</text>)}
        {selectedYear !== null && selectedYear >= lo && selectedYear <= hi && (
          <path className="incident-chart-selected" d={`M${x(selectedYear) + bw / 2} ${BASE + 2} l4 7 h-8 z`} />
        )}
        <rect className="incident-brush" x={x(range.from)} y={TOP - 4} width={x(range.to + 1) - x(range.from)} height={BASE - TOP + 4} />
        <rect className="incident-brush-handle" x={x(range.from) - 1.5} y={TOP + 8} width={3} height={BASE - TOP - 16} />
        <rect className="incident-brush-handle" x={x(range.to + 1) - 1.5} y={TOP + 8} width={3} height={BASE - TOP - 16} />
      </svg>
      <div className="incident-years">
        <YearSlider label={t('incidents.chart.from')} lo={lo} hi={hi} value={range.from} onChange={(v) => set(v, Math.max(v, range.to))} />
        <YearSlider label={t('incidents.chart.to')} lo={lo} hi={hi} value={range.to} onChange={(v) => set(Math.min(v, range.from), v)} />
      </div>
    </div>
  );
}

/** A year slider; the label names the input alone (an `<output>` inside a label would take the name). */
function YearSlider(props: { label: string; lo: number; hi: number; value: number; onChange: (year: number) => void }) {
  const id = useId();
  return (
    <div className="incident-year">
      <span><label htmlFor={id}>{props.label}</label> <output htmlFor={id}>{props.value}</output></span>
      <input id={id} type="range" min={props.lo} max={props.hi} step={1} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))} />
    </div>
  );
}
