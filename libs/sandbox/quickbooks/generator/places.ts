import type { QboAddress } from '../../../quickbooks/qbo-types';
import { SeededRandom } from './seeded-random';

export type CustomerRegion = 'GB' | 'US' | 'FR' | 'DE' | 'IE' | 'ES' | 'NL';

/** A town with what its addresses and landlines look like. */
export interface Town {
  region: CustomerRegion;
  city: string;
  /** UK: postcode outward codes; US: ZIP prefixes (3 digits); elsewhere: full postal codes. */
  postcodes: readonly string[];
  subdivision?: string;
  /** National significant landline prefix (UK "20", "161"; US "212"; FR "1") and the local length. */
  landlinePrefix: string;
  localDigits: number;
  /** Allowed first digits of the local part, so that numbers fall in allocated ranges. */
  localFirstDigits: string;
}

export const UK_TOWNS: readonly Town[] = [
  {
    region: 'GB',
    city: 'London',
    postcodes: ['E1', 'N1', 'SE15', 'SW11', 'W2', 'NW3', 'EC1V'],
    landlinePrefix: '20',
    localDigits: 8,
    localFirstDigits: '378',
  },
  {
    region: 'GB',
    city: 'Manchester',
    postcodes: ['M1', 'M4', 'M20'],
    subdivision: 'Greater Manchester',
    landlinePrefix: '161',
    localDigits: 7,
    localFirstDigits: '2345678',
  },
  {
    region: 'GB',
    city: 'Birmingham',
    postcodes: ['B1', 'B15', 'B13'],
    subdivision: 'West Midlands',
    landlinePrefix: '121',
    localDigits: 7,
    localFirstDigits: '234567',
  },
  {
    region: 'GB',
    city: 'Leeds',
    postcodes: ['LS1', 'LS6'],
    subdivision: 'West Yorkshire',
    landlinePrefix: '113',
    localDigits: 7,
    localFirstDigits: '2345',
  },
  {
    region: 'GB',
    city: 'Glasgow',
    postcodes: ['G1', 'G12'],
    landlinePrefix: '141',
    localDigits: 7,
    localFirstDigits: '2345',
  },
  {
    region: 'GB',
    city: 'Edinburgh',
    postcodes: ['EH1', 'EH3', 'EH10'],
    landlinePrefix: '131',
    localDigits: 7,
    localFirstDigits: '2345',
  },
  {
    region: 'GB',
    city: 'Bristol',
    postcodes: ['BS1', 'BS8'],
    landlinePrefix: '117',
    localDigits: 7,
    localFirstDigits: '2349',
  },
  {
    region: 'GB',
    city: 'Cardiff',
    postcodes: ['CF10', 'CF24'],
    subdivision: 'South Glamorgan',
    landlinePrefix: '29',
    localDigits: 8,
    localFirstDigits: '2',
  },
  {
    region: 'GB',
    city: 'Belfast',
    postcodes: ['BT1', 'BT9'],
    subdivision: 'County Antrim',
    landlinePrefix: '28',
    localDigits: 8,
    localFirstDigits: '9',
  },
  {
    region: 'GB',
    city: 'Oxford',
    postcodes: ['OX1', 'OX4'],
    subdivision: 'Oxfordshire',
    landlinePrefix: '1865',
    localDigits: 6,
    localFirstDigits: '2457',
  },
  {
    region: 'GB',
    city: 'Cambridge',
    postcodes: ['CB1', 'CB2'],
    subdivision: 'Cambridgeshire',
    landlinePrefix: '1223',
    localDigits: 6,
    localFirstDigits: '2345',
  },
  {
    region: 'GB',
    city: 'Nottingham',
    postcodes: ['NG1', 'NG7'],
    subdivision: 'Nottinghamshire',
    landlinePrefix: '115',
    localDigits: 7,
    localFirstDigits: '2789',
  },
  {
    region: 'GB',
    city: 'Sheffield',
    postcodes: ['S1', 'S10'],
    subdivision: 'South Yorkshire',
    landlinePrefix: '114',
    localDigits: 7,
    localFirstDigits: '2345',
  },
  {
    region: 'GB',
    city: 'Liverpool',
    postcodes: ['L1', 'L17'],
    subdivision: 'Merseyside',
    landlinePrefix: '151',
    localDigits: 7,
    localFirstDigits: '2345',
  },
  {
    region: 'GB',
    city: 'Newcastle upon Tyne',
    postcodes: ['NE1', 'NE6'],
    subdivision: 'Tyne and Wear',
    landlinePrefix: '191',
    localDigits: 7,
    localFirstDigits: '2345',
  },
  {
    region: 'GB',
    city: 'Brighton',
    postcodes: ['BN1', 'BN2'],
    subdivision: 'East Sussex',
    landlinePrefix: '1273',
    localDigits: 6,
    localFirstDigits: '2345',
  },
  {
    region: 'GB',
    city: 'York',
    postcodes: ['YO1', 'YO10'],
    subdivision: 'North Yorkshire',
    landlinePrefix: '1904',
    localDigits: 6,
    localFirstDigits: '6',
  },
];

export const US_TOWNS: readonly Town[] = [
  {
    region: 'US',
    city: 'New York',
    postcodes: ['100'],
    subdivision: 'NY',
    landlinePrefix: '212',
    localDigits: 7,
    localFirstDigits: '2346789',
  },
  {
    region: 'US',
    city: 'San Francisco',
    postcodes: ['941'],
    subdivision: 'CA',
    landlinePrefix: '415',
    localDigits: 7,
    localFirstDigits: '2346789',
  },
  {
    region: 'US',
    city: 'Chicago',
    postcodes: ['606'],
    subdivision: 'IL',
    landlinePrefix: '312',
    localDigits: 7,
    localFirstDigits: '2346789',
  },
  {
    region: 'US',
    city: 'Austin',
    postcodes: ['787'],
    subdivision: 'TX',
    landlinePrefix: '512',
    localDigits: 7,
    localFirstDigits: '2346789',
  },
  {
    region: 'US',
    city: 'Seattle',
    postcodes: ['981'],
    subdivision: 'WA',
    landlinePrefix: '206',
    localDigits: 7,
    localFirstDigits: '2346789',
  },
  {
    region: 'US',
    city: 'Boston',
    postcodes: ['021'],
    subdivision: 'MA',
    landlinePrefix: '617',
    localDigits: 7,
    localFirstDigits: '2346789',
  },
];

export const EU_TOWNS: readonly Town[] = [
  {
    region: 'FR',
    city: 'Paris',
    postcodes: ['75011', '75003', '75018'],
    landlinePrefix: '1',
    localDigits: 8,
    localFirstDigits: '4',
  },
  {
    region: 'DE',
    city: 'Berlin',
    postcodes: ['10115', '10999', '12043'],
    landlinePrefix: '30',
    localDigits: 8,
    localFirstDigits: '2345678',
  },
  {
    region: 'IE',
    city: 'Dublin',
    postcodes: ['D02 X285', 'D08 VF8H', 'D06 F2C3'],
    subdivision: 'Co. Dublin',
    landlinePrefix: '1',
    localDigits: 7,
    localFirstDigits: '2345678',
  },
  {
    region: 'ES',
    city: 'Madrid',
    postcodes: ['28013', '28004'],
    landlinePrefix: '91',
    localDigits: 7,
    localFirstDigits: '2345',
  },
  {
    region: 'NL',
    city: 'Amsterdam',
    postcodes: ['1012 AB', '1017 CE'],
    landlinePrefix: '20',
    localDigits: 7,
    localFirstDigits: '2345678',
  },
];

/** How the Country field is written; free text in QuickBooks, so written several ways. */
export const COUNTRY_SPELLINGS: Record<CustomerRegion, readonly string[]> = {
  GB: ['United Kingdom', 'UK', 'GB', 'England', 'United Kingdom'],
  US: ['United States', 'USA', 'US'],
  FR: ['France', 'FR'],
  DE: ['Germany', 'Deutschland', 'DE'],
  IE: ['Ireland', 'IE'],
  ES: ['Spain', 'España'],
  NL: ['Netherlands', 'NL'],
};

const STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Victoria Road',
  'Green Lane',
  'Manor Road',
  'Park Avenue',
  'Mill Lane',
  'Kingsway',
  'The Crescent',
  'Queen Street',
  'Albert Terrace',
];
const US_STREETS = ['Main Street', 'Oak Avenue', 'Maple Drive', 'Broadway', '5th Avenue', 'Elm Street'];
const EU_STREETS: Record<string, readonly string[]> = {
  FR: ['rue de la Roquette', 'boulevard Voltaire', 'rue des Martyrs'],
  DE: ['Torstraße', 'Oranienstraße', 'Karl-Marx-Straße'],
  IE: ['Grafton Street', 'Camden Street Lower', 'Thomas Street'],
  ES: ['Calle Mayor', 'Calle de Fuencarral'],
  NL: ['Prinsengracht', 'Kalverstraat'],
};
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export function addressIn(town: Town, random: SeededRandom): QboAddress {
  const country = random.pick(COUNTRY_SPELLINGS[town.region]);
  if (town.region === 'GB') {
    const flat = random.chance(0.2) ? `Flat ${random.int(1, 24)}` : undefined;
    const street = `${random.int(1, 240)} ${random.pick(STREETS)}`;
    const postcode = `${random.pick(town.postcodes)} ${random.int(1, 9)}${random.pick([...INWARD_LETTERS])}${random.pick([...INWARD_LETTERS])}`;
    return withoutEmpty({
      Line1: flat ?? street,
      Line2: flat ? street : undefined,
      City: town.city,
      CountrySubDivisionCode: town.subdivision,
      PostalCode: postcode,
      Country: random.chance(0.85) ? country : undefined,
    });
  }
  if (town.region === 'US') {
    return {
      Line1: `${random.int(10, 9999)} ${random.pick(US_STREETS)}`,
      City: town.city,
      CountrySubDivisionCode: town.subdivision,
      PostalCode: `${random.pick(town.postcodes)}${random.digits(2)}`,
      Country: country,
    };
  }
  return withoutEmpty({
    Line1:
      town.region === 'FR' || town.region === 'IE'
        ? `${random.int(1, 120)} ${random.pick(EU_STREETS[town.region])}`
        : `${random.pick(EU_STREETS[town.region])} ${random.int(1, 120)}`,
    City: town.city,
    CountrySubDivisionCode: town.subdivision,
    PostalCode: random.pick(town.postcodes),
    Country: country,
  });
}

function withoutEmpty(address: Record<string, string | undefined>): QboAddress {
  return Object.fromEntries(Object.entries(address).filter(([, value]) => value !== undefined)) as QboAddress;
}
