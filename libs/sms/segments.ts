import { gsmSeptets } from './gsm-alphabet';

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsMeasure {
  encoding: SmsEncoding;
  /** Septets for GSM-7 (an extension-table character counts 2); UTF-16 code units for UCS-2. */
  length: number;
  /** SMS parts Vonage sends and bills; 0 for an empty text, which cannot be sent. */
  parts: number;
}

/** Capacity of one SMS alone, and of one part of a concatenated SMS (the rest is the UDH). */
const CAPACITY: Record<SmsEncoding, { single: number; part: number }> = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
};

interface Unit {
  text: string;
  size: number;
}

/**
 * The text as indivisible units with their size in the encoding: a GSM-7 character (an extension
 * pair is one unit of 2 septets) or a UCS-2 code point (a surrogate pair is one unit of 2).
 */
function unitsOf(text: string): { encoding: SmsEncoding; units: Unit[] } {
  const chars = Array.from(text);
  const septets = chars.map(gsmSeptets);
  if (septets.every((size) => size !== null)) {
    return { encoding: 'GSM-7', units: chars.map((char, i) => ({ text: char, size: septets[i] ?? 1 })) };
  }
  return { encoding: 'UCS-2', units: chars.map((char) => ({ text: char, size: char.length })) };
}

function split(text: string): { encoding: SmsEncoding; length: number; parts: string[] } {
  const { encoding, units } = unitsOf(text);
  const length = units.reduce((sum, unit) => sum + unit.size, 0);
  if (length === 0) return { encoding, length, parts: [] };
  const capacity = CAPACITY[encoding];
  if (length <= capacity.single) return { encoding, length, parts: [text] };
  const parts: string[] = [];
  let current = '';
  let used = 0;
  for (const unit of units) {
    if (used + unit.size > capacity.part) {
      parts.push(current);
      current = '';
      used = 0;
    }
    current += unit.text;
    used += unit.size;
  }
  parts.push(current);
  return { encoding, length, parts };
}

/**
 * Encoding, length and number of parts of a text sent as SMS: GSM-7 when every character is in
 * the GSM 03.38 default or extension table, otherwise UCS-2. One SMS holds 160 septets or 70 UCS-2
 * units; a longer text is sent in parts of 153 septets or 67 units, filled so that an extension
 * pair or a surrogate pair is never split (so a part may hold one unit less). An empty text has
 * 0 parts: Vonage refuses it as a missing parameter, so nothing is sent or billed.
 */
export function measureSms(text: string): SmsMeasure {
  const { encoding, length, parts } = split(text);
  return { encoding, length, parts: parts.length };
}

/** The texts of the parts `measureSms` counts, in order (none for an empty text). */
export function splitSms(text: string): string[] {
  return split(text).parts;
}
