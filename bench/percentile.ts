/** The nearest-rank percentile `p` (0–100) of ascending `sorted` figures; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * The median of ascending `sorted` figures: of an even number, the mean of the middle two (the
 * nearest-rank percentile would answer the lower, which flatters four rounds' ratios); NaN when
 * there are none.
 */
export function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
