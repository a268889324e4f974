import { SeededRandom } from './seeded-random';
import { UK_FAMILY_NAMES } from './people-names';

const TRADES = [
  'Plumbing',
  'Joinery',
  'Electrical',
  'Roofing',
  'Landscapes',
  'Bakery',
  'Florist',
  'Dental Care',
  'Accountancy',
  'Design Studio',
  'Catering',
  'Motors',
  'Cleaning Services',
  'Builders',
  'Opticians',
  'Veterinary Surgery',
  'Print & Copy',
  'Hair & Beauty',
  'Fitness',
  'Lettings',
] as const;

const PLACES = [
  'Hackney',
  'Leith',
  'Clifton',
  'Headingley',
  'Didsbury',
  'Jesmond',
  'Roath',
  'Harborne',
  'Morningside',
  'Totnes',
  'Kendal',
  'Whitby',
  'Ludlow',
  'Hexham',
  'Stroud',
  'Frome',
] as const;

const ADJECTIVES = ['Golden', 'Little', 'Green', 'Blue', 'Old', 'Crooked', 'Happy', 'Northern'] as const;
const NOUNS = ['Teapot', 'Anchor', 'Fox', 'Spoon', 'Lantern', 'Kettle', 'Oak', 'Thistle'] as const;
const UK_SUFFIXES = ['Ltd', 'Ltd', 'Ltd', 'Limited', 'LLP', 'plc', '& Sons', '& Co'] as const;

export const EU_BUSINESSES = [
  'Boulangerie Dubois SARL',
  'Müller & Söhne GmbH',
  'Café Rossi S.r.l.',
  'De Vries Bouw B.V.',
  'Fernández y Asociados S.L.',
  'Nørgaard Design ApS',
  'Schröder Logistik GmbH',
  'Atelier Lefèvre',
] as const;

export const US_BUSINESSES = [
  'Acme Hardware Inc.',
  'Lone Star Catering LLC',
  'Bayview Dental Group',
  'Pioneer Roofing Co.',
  'Brooklyn Bagel Works LLC',
  'Evergreen Landscaping Inc.',
  'Golden Gate Print Shop',
] as const;

export const EMOJI_BUSINESSES = ['🍕 Pizza Palace', 'Bloom & Wild 🌷', 'The Cake Box 🎂'] as const;

export const NON_LATIN_BUSINESSES = ['株式会社さくら', 'ООО «Ромашка»', '金龙餐厅', 'Ελληνικά Γλυκά'] as const;

/** A UK business name such as "Patel & Hughes Ltd", "Leith Joinery Ltd" or "The Golden Fox". */
export function ukBusinessName(random: SeededRandom): string {
  const pattern = random.int(0, 3);
  if (pattern === 0)
    return `${random.pick(UK_FAMILY_NAMES)} & ${random.pick(UK_FAMILY_NAMES)} ${random.pick(UK_SUFFIXES)}`;
  if (pattern === 1) return `${random.pick(PLACES)} ${random.pick(TRADES)} ${random.pick(UK_SUFFIXES)}`;
  if (pattern === 2) return `${random.pick(UK_FAMILY_NAMES)} ${random.pick(TRADES)}`;
  return `The ${random.pick(ADJECTIVES)} ${random.pick(NOUNS)}`;
}
