import { median, percentile } from './percentile';

describe('the benchmarks’ statistics', () => {
  it('takes the middle figure of an odd number as the median', () => {
    expect(median([1.6, 1.7, 2.4])).toBe(1.7);
  });

  it('takes the mean of the middle two of an even number, not the lower of them', () => {
    expect(median([1.88, 1.9, 2.02, 2.36])).toBeCloseTo(1.96, 10);
    expect(percentile([1.88, 1.9, 2.02, 2.36], 50)).toBe(1.9);
  });

  it('answers NaN for no figures', () => {
    expect(median([])).toBeNaN();
    expect(percentile([], 95)).toBeNaN();
  });

  it('answers a nearest-rank percentile from the figures themselves', () => {
    const figures = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(percentile(figures, 95)).toBe(19);
    expect(percentile(figures, 100)).toBe(20);
    expect(percentile(figures, 0)).toBe(1);
  });
});
