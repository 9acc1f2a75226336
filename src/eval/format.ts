import { METRICS, type MetricInfo } from './aggregate.js';

/** Number formatting shared by the console, Markdown and HTML reports. */

/** The columns of the per-category/region/language tables: the few numbers an evaluator scans first. */
export const BREAKDOWN_METRICS = [
  'hit@5',
  'mrr',
  'citationValidity',
  'faithfulness',
  'factHit',
  'languageMatch',
  'regionCoverage',
  'answeredInScope',
  'refusedOutOfScope',
  'latencyP95',
] as const;

const byName = new Map(METRICS.map((m) => [m.name, m]));

export function metricInfo(name: string): MetricInfo {
  return byName.get(name) ?? { name, label: name, unit: 'ratio', higherIsBetter: true };
}

export function formatValue(name: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return metricInfo(name).unit === 'ms' ? `${Math.round(value)} ms` : `${(value * 100).toFixed(1)}%`;
}

/** Ratio deltas in percentage points, latencies in ms; sign always shown. */
export function formatDelta(name: string, delta: number | null): string {
  if (delta === null) return '–';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const magnitude = Math.abs(delta);
  return metricInfo(name).unit === 'ms' ? `${sign}${Math.round(magnitude)} ms` : `${sign}${(magnitude * 100).toFixed(1)} pp`;
}

/** Whether a delta is an improvement, a regression or neither (for colouring and arrows). */
export function deltaDirection(name: string, delta: number | null): 'better' | 'worse' | 'same' {
  if (delta === null || Math.abs(delta) < 1e-9) return 'same';
  return delta > 0 === metricInfo(name).higherIsBetter ? 'better' : 'worse';
}
