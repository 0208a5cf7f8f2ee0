/** Percentiles over raw samples (milliseconds); exact, since runs keep every sample. */
export type Summary = { p50: number; p95: number; p99: number; max: number; count: number };

export function summarize(samples: number[]): Summary {
  if (samples.length === 0) return { p50: 0, p95: 0, p99: 0, max: 0, count: 0 };
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(sorted[sorted.length - 1]!), count: sorted.length };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
