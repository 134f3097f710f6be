/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints
 * side-by-side ratios and budgets. Exits 1 if a budget is exceeded.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBudget, formatComparison, type Bench } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

let over = 0;
for (const file of files) {
  console.log(`\n# ${file}`);
  const mod = (await import(join(here, file))) as { default: Bench };
  const { comparisons = [], budgets = [] } = await mod.default();
  for (const c of comparisons) console.log(formatComparison(c));
  for (const b of budgets) {
    console.log(formatBudget(b));
    if (!b.ok) over++;
  }
}
if (over) {
  console.error(`\n${over} budget(s) exceeded`);
  process.exit(1);
}
