const SCALE = 100_000_000;

/** A decimal string such as '0.03330000' as a whole number of 10⁻⁸ (Vonage prices have 8 decimals). */
export function toUnits(decimal: string): number {
  const match = /^(\d+)(?:\.(\d{1,8}))?$/.exec(decimal.trim());
  if (!match) throw new Error(`Not a price: ${decimal}`);
  return Number(match[1]) * SCALE + Number((match[2] ?? '').padEnd(8, '0'));
}

export function fromUnits(units: number): string {
  const whole = Math.floor(units / SCALE);
  return `${whole}.${String(units % SCALE).padStart(8, '0')}`;
}

/** The account's credit: each part sent costs its price. */
export class Credit {
  private units: number;

  constructor(private readonly initial: string) {
    this.units = toUnits(initial);
  }

  get balance(): string {
    return fromUnits(this.units);
  }

  /** Takes the price of `parts` and says true, or says false when the credit does not cover it. */
  charge(pricePerPart: string, parts: number): boolean {
    const cost = toUnits(pricePerPart) * parts;
    if (cost > this.units) return false;
    this.units -= cost;
    return true;
  }

  set(balance: string): void {
    this.units = toUnits(balance);
  }

  reset(): void {
    this.units = toUnits(this.initial);
  }
}
