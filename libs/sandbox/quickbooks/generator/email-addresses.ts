import { SeededRandom } from './seeded-random';

const PERSONAL_DOMAINS = [
  'gmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'yahoo.co.uk',
  'btinternet.com',
  'icloud.com',
  'sky.com',
  'virginmedia.com',
  'live.co.uk',
  'aol.com',
  'protonmail.com',
] as const;

const BUSINESS_MAILBOXES = ['info', 'accounts', 'hello', 'office', 'admin', 'invoices'] as const;

/** ASCII letters only, lower case: "O'Brien" → "obrien", "Zoë" → "zoe". */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

export function personalEmail(given: string, family: string, random: SeededRandom): string {
  const first = asciiSlug(given);
  const last = asciiSlug(family);
  const domain = random.pick(PERSONAL_DOMAINS);
  if (!first || !last) return `customer${random.digits(6)}@${domain}`;
  const local = random.weighted<string>([
    [`${first}.${last}`, 4],
    [`${first}${last}${random.int(1, 99)}`, 2],
    [`${first[0]}${last}`, 2],
    [`${first}_${last}`, 1],
    [`${last}.${first}${random.int(60, 99)}`, 1],
  ]);
  return `${local}@${domain}`;
}

export function businessEmail(companyName: string, random: SeededRandom): string {
  const slug = asciiSlug(companyName.replace(/\b(ltd|limited|llp|plc|inc|llc|gmbh|sarl|co)\b/gi, '')).slice(0, 20);
  const domain = slug ? `${slug}.${random.pick(['co.uk', 'co.uk', 'com', 'uk'])}` : `company${random.digits(5)}.co.uk`;
  return `${random.pick(BUSINESS_MAILBOXES)}@${domain}`;
}

/** The address as a person might have typed it: sometimes capitalised or with stray spaces. */
export function writeEmail(address: string, random: SeededRandom): string {
  return random.weighted<string>([
    [address, 20],
    [
      address
        .replace(/^./, (first) => first.toUpperCase())
        .replace(/\.(\w)/, (_match, letter: string) => `.${letter.toUpperCase()}`),
      2,
    ],
    [` ${address} `, 1],
    [address.toUpperCase(), 0.5],
  ]);
}
