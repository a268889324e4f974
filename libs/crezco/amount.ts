const AMOUNT = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;

/** Integer pence as Crezco's decimal string in major units: 4242n → "42.42" (integer maths, no floats). */
export function crezcoAmount(minorUnits: bigint): string {
  if (minorUnits < 0n) throw new RangeError('A Crezco amount cannot be negative');
  return `${minorUnits / 100n}.${(minorUnits % 100n).toString().padStart(2, '0')}`;
}

/** "42.42", "42.4" or "42" → pence; undefined for anything else (a sign, three decimals, an exponent). */
export function parseCrezcoAmount(amount: string): bigint | undefined {
  const match = AMOUNT.exec(amount);
  if (!match) return undefined;
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}
