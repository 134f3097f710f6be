/**
 * Side-by-side timing: a baseline and a candidate run interleaved in the same process, so that
 * machine noise hits both alike and the ratio means something. Times are medians of the rounds.
 */
export interface Comparison {
  name: string;
  baselineLabel: string;
  candidateLabel: string;
  baselineMs: number;
  candidateMs: number;
  /** baseline / candidate: how many times faster the candidate is. */
  speedup: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The `q` quantile of `xs` (0.5 the median), linearly between the two nearest samples. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

/** Times one call of `fn`, repeated `inner` times, in milliseconds per call. */
export async function timeOnce(fn: () => unknown | Promise<unknown>, inner = 1): Promise<number> {
  const t = performance.now();
  for (let i = 0; i < inner; i++) await fn();
  return (performance.now() - t) / inner;
}

/**
 * Runs `baseline` and `candidate` alternately for `rounds` rounds (after one warm-up each) and
 * reports the median time of each and their ratio.
 */
export async function compare(opts: {
  name: string;
  baseline: { label: string; run: () => unknown | Promise<unknown>; inner?: number };
  candidate: { label: string; run: () => unknown | Promise<unknown>; inner?: number };
  rounds?: number;
}): Promise<Comparison> {
  const rounds = opts.rounds ?? 5;
  await opts.baseline.run();
  await opts.candidate.run();
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < rounds; i++) {
    b.push(await timeOnce(opts.baseline.run, opts.baseline.inner));
    c.push(await timeOnce(opts.candidate.run, opts.candidate.inner));
  }
  const baselineMs = median(b);
  const candidateMs = median(c);
  return {
    name: opts.name,
    baselineLabel: opts.baseline.label,
    candidateLabel: opts.candidate.label,
    baselineMs,
    candidateMs,
    speedup: baselineMs / candidateMs,
  };
}

export function formatComparison(c: Comparison): string {
  const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(4));
  return `${c.name}: ${c.baselineLabel} ${ms(c.baselineMs)} ms · ${c.candidateLabel} ${ms(c.candidateMs)} ms · ratio ${c.speedup.toFixed(c.speedup >= 100 ? 0 : 2)}×`;
}

/** A budget line: prints and records whether a measured figure is within its limit. */
export interface BudgetResult { name: string; value: number; limit: number; unit: string; ok: boolean }

export function budget(name: string, value: number, limit: number, unit: string): BudgetResult {
  return { name, value, limit, unit, ok: value <= limit };
}

export function formatBudget(b: BudgetResult): string {
  return `${b.ok ? 'ok  ' : 'OVER'} ${b.name}: ${b.value.toFixed(2)} ${b.unit} (limit ${b.limit} ${b.unit})`;
}

/** What each bench/*.bench.ts exports as default. */
export type Bench = () => Promise<{ comparisons?: Comparison[]; budgets?: BudgetResult[] }>;
