/**
 * Amount arithmetic for the simulator. QuickBooks sends money as JSON numbers; sums are done in
 * integer thousandths so that 0.1 + 0.2 stays 0.3 and three-decimal currencies survive.
 */
const SCALE = 1000;

export function toUnits(amount: number | undefined): number {
  return Math.round((amount ?? 0) * SCALE);
}

export function fromUnits(units: number): number {
  return units / SCALE;
}
