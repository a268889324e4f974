import { CustomerRegion, Town } from './places';
import { SeededRandom } from './seeded-random';

/** A phone number as digits: the national significant number and its region. */
export interface PhoneDigits {
  region: CustomerRegion;
  /** National significant number: "7911123456" (UK mobile), "2079460018", "2127364821". */
  nsn: string;
  /** Length of the area code / mobile prefix inside nsn, for grouping. */
  prefixLength: number;
}

/**
 * UK mobile prefixes (07xxxx without the 0) inside ranges libphonenumber-js (max metadata) reports
 * as valid mobiles; only some sub-ranges of each 07xxx block are allocated. The Ofcom
 * drama range 07700 900xxx is left out on purpose: it does not validate.
 */
const UK_MOBILE_PREFIXES = [
  '74000',
  '74120',
  '74480',
  '74880',
  '75080',
  '75400',
  '75720',
  '75960',
  '77125',
  '77485',
  '77605',
  '77845',
  '78005',
  '78365',
  '78565',
  '78725',
  '79130',
  '79210',
  '79490',
  '79850',
] as const;

/** Mobile prefix, allowed next digits (allocated ranges only) and the digits after those. */
const MOBILE_PREFIXES: Record<
  Exclude<CustomerRegion, 'GB' | 'US'>,
  { prefix: string; next: string; digits: number }
> = {
  FR: { prefix: '6', next: '01245678', digits: 7 },
  DE: { prefix: '151', next: '0123456789', digits: 7 },
  IE: { prefix: '87', next: '0123456789', digits: 6 },
  ES: { prefix: '6', next: '0123456789', digits: 7 },
  NL: { prefix: '6', next: '1234568', digits: 7 },
};

const COUNTRY_CALLING_CODES: Record<CustomerRegion, string> = {
  GB: '44',
  US: '1',
  FR: '33',
  DE: '49',
  IE: '353',
  ES: '34',
  NL: '31',
};

/**
 * What people type when a phone field is not a phone number, or a number with a digit missing;
 * the generator puts these in on purpose. "07700 900461" is in the drama range (invalid).
 */
export const INVALID_PHONES = [
  '12345',
  '07911 12345',
  'n/a',
  'TBC',
  '0000 000000',
  '+44 7911 1234567',
  '020 7946',
  '07700 900461',
  'call the office',
  '555-1234',
] as const;

export function mobileNumber(town: Town, random: SeededRandom): PhoneDigits {
  if (town.region === 'GB')
    return { region: 'GB', nsn: random.pick(UK_MOBILE_PREFIXES) + random.digits(5), prefixLength: 4 };
  if (town.region === 'US') return landlineNumber(town, random);
  const { prefix, next, digits } = MOBILE_PREFIXES[town.region];
  return {
    region: town.region,
    nsn: prefix + random.pick([...next]) + random.digits(digits),
    prefixLength: prefix.length,
  };
}

export function landlineNumber(town: Town, random: SeededRandom): PhoneDigits {
  let local = random.pick([...town.localFirstDigits]) + random.digits(town.localDigits - 1);
  if (town.region === 'US') local = local.slice(0, 3) === '555' ? '4' + local.slice(1) : local;
  return { region: town.region, nsn: town.landlinePrefix + local, prefixLength: town.landlinePrefix.length };
}

/** The number written the way a person might: "07911 123456", "+44 (0)20 7946 0018", "(212) 736-4821". */
export function writePhone(phone: PhoneDigits, random: SeededRandom): string {
  const written =
    phone.region === 'GB'
      ? writeUk(phone, random)
      : phone.region === 'US'
        ? writeUs(phone, random)
        : writeInternational(phone);
  if (phone.region === 'GB' && random.chance(0.06))
    return written + random.pick([' ext 2', ' ext. 214', ' x12', ' ext 31']);
  return written;
}

function writeUk({ nsn, prefixLength }: PhoneDigits, random: SeededRandom): string {
  const prefix = nsn.slice(0, prefixLength);
  const local = nsn.slice(prefixLength);
  const grouped =
    prefixLength === 2
      ? `${local.slice(0, 4)} ${local.slice(4)}`
      : prefixLength === 3
        ? `${local.slice(0, 3)} ${local.slice(3)}`
        : local;
  return random.weighted<string>([
    [`0${prefix} ${grouped}`, 5],
    [`(0${prefix}) ${grouped}`, prefixLength < 4 ? 2 : 1],
    [`0${nsn}`, 2],
    [`+44 ${prefix} ${grouped}`, 2],
    [`+44 (0)${prefix} ${grouped}`, 1],
    [`+44${nsn}`, 1],
    [`0044 ${prefix} ${grouped}`, 0.5],
    [`0${prefix}-${grouped.replace(' ', '-')}`, 0.5],
  ]);
}

function writeUs({ nsn }: PhoneDigits, random: SeededRandom): string {
  const [area, exchange, line] = [nsn.slice(0, 3), nsn.slice(3, 6), nsn.slice(6)];
  return random.weighted<string>([
    [`(${area}) ${exchange}-${line}`, 4],
    [`${area}-${exchange}-${line}`, 2],
    [`+1 ${area} ${exchange} ${line}`, 1],
    [`${area}.${exchange}.${line}`, 1],
    [`1-${area}-${exchange}-${line}`, 1],
  ]);
}

function writeInternational({ region, nsn, prefixLength }: PhoneDigits): string {
  const prefix = nsn.slice(0, prefixLength);
  const local = nsn.slice(prefixLength);
  const grouped = region === 'FR' ? (local.match(/.{1,2}/g) ?? []).join(' ') : `${local.slice(0, 3)} ${local.slice(3)}`;
  return `+${COUNTRY_CALLING_CODES[region]} ${prefix} ${grouped}`;
}
