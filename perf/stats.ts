/** Summaries of repeated measurements: the median and the spread around it. */

/** The median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median, extremes and the relative spread `(max - min) / median`. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  spread: number;
}

/** Summarises repeated measurements of the same thing. */
export function summarize(values: number[]): Summary {
  const mid = median(values);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { median: mid, min, max, spread: mid > 0 ? (max - min) / mid : 0 };
}
