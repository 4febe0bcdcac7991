import './quiet-env.js';
import { apiLatencyBench } from './api-latency.bench.js';
import { bundleBudgetBench } from './bundle-budget.bench.js';
import { caseFileBench } from './case-file.bench.js';
import { costBench } from './cost.bench.js';
import { fuzzBench } from './fuzz.bench.js';
import { intakeRateBench } from './intake-rate.bench.js';
import { reportScaleBench } from './report-scale.bench.js';

const benches: [string, () => Promise<string[]>][] = [
  ['api-latency', apiLatencyBench],
  ['intake-rate', intakeRateBench],
  ['bundle-budget', bundleBudgetBench],
  ['fuzz', fuzzBench],
  ['report-scale', reportScaleBench],
  ['case-file', caseFileBench],
  ['cost', costBench],
];
const only = process.argv[2];
for (const [name, bench] of benches) {
  if (only && only !== name) continue;
  for (const line of await bench()) process.stdout.write(`${line}\n`);
  process.stdout.write('\n');
}
