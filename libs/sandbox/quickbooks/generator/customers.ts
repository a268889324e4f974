import type { QboCustomer } from '../../../quickbooks/qbo-types';
import { EMOJI_BUSINESSES, EU_BUSINESSES, NON_LATIN_BUSINESSES, US_BUSINESSES, ukBusinessName } from './business-names';
import { currencyRef, HOME_CURRENCY } from './company-setup';
import { businessEmail, personalEmail, writeEmail } from './email-addresses';
import { addDays, metaData } from './entity-metadata';
import { CustomerRegion, EU_TOWNS, addressIn, Town, UK_TOWNS, US_TOWNS } from './places';
import {
  EMOJI_NAMES,
  EU_FAMILY_NAMES,
  EU_GIVEN_NAMES,
  NON_LATIN_NAMES,
  UK_FAMILY_NAMES,
  UK_GIVEN_NAMES,
  UK_TITLES,
  US_FAMILY_NAMES,
  US_GIVEN_NAMES,
} from './people-names';
import { INVALID_PHONES, landlineNumber, mobileNumber, PhoneDigits, writePhone } from './phone-numbers';
import { SeededRandom } from './seeded-random';

export interface CustomerGenerationOptions {
  count: number;
  /** Share of customers whose phone is another customer's, and (separately) whose email is. */
  sharedContactShare: number;
  /** Customers are created between these dates (before their first invoice). */
  createdFrom: string;
  createdDays: number;
}

/** Shares of the awkward cases, each of all customers. */
export const CUSTOMER_SHARES = {
  business: 0.3,
  nonLatinName: 0.03,
  emojiName: 0.015,
  noPhoneNorEmail: 0.03,
  invalidPhone: 0.02,
  twoEmailsInOneField: 0.015,
  inactive: 0.04,
  foreign: { US: 0.06, EU: 0.08 },
  jpyCustomer: 0.012,
} as const;

interface Person {
  given?: string;
  family?: string;
  title?: string;
  display: string;
  company?: string;
}

/** Remembers what earlier customers hold, to share some of it and keep the rest unique. */
class ContactRegistry {
  readonly displayNames = new Set<string>();
  readonly phoneNumbers = new Set<string>();
  readonly emails = new Set<string>();
  /** Phones by region, so a shared phone is written as people of that country write it. */
  readonly phones = new Map<CustomerRegion, PhoneDigits[]>();
  readonly emailList: string[] = [];
}

export function generateCustomers(random: SeededRandom, options: CustomerGenerationOptions): QboCustomer[] {
  const registry = new ContactRegistry();
  const customers: QboCustomer[] = [];
  for (let index = 0; index < options.count; index++) {
    customers.push(generateCustomer(index, random, options, registry));
  }
  return customers;
}

function generateCustomer(
  index: number,
  random: SeededRandom,
  options: CustomerGenerationOptions,
  registry: ContactRegistry,
): QboCustomer {
  const region = pickRegion(random);
  const town = random.pick(
    region === 'GB'
      ? UK_TOWNS
      : region === 'US'
        ? US_TOWNS
        : EU_TOWNS.filter((candidate) => candidate.region === region),
  );
  const isBusiness = random.chance(CUSTOMER_SHARES.business);
  const person = isBusiness ? businessContact(region, random) : personName(region, random);
  const currency = random.chance(CUSTOMER_SHARES.jpyCustomer)
    ? 'JPY'
    : region === 'US'
      ? 'USD'
      : region === 'GB'
        ? HOME_CURRENCY
        : 'EUR';
  const active = !random.chance(CUSTOMER_SHARES.inactive);
  const displayName = uniqueDisplayName(person.display, town, registry);
  const createdOn = addDays(options.createdFrom, random.int(0, options.createdDays));
  const address = addressIn(town, random);
  const customer: QboCustomer = {
    Id: String(index + 1),
    SyncToken: String(random.int(0, 3)),
    domain: 'QBO',
    sparse: false,
    MetaData: metaData(
      createdOn,
      random.int(28_800, 64_800),
      addDays(createdOn, random.int(0, 90)),
      random.int(28_800, 64_800),
    ),
    ...(person.title ? { Title: person.title } : {}),
    ...(person.given ? { GivenName: person.given } : {}),
    ...(person.family ? { FamilyName: person.family } : {}),
    ...(person.company ? { CompanyName: person.company } : {}),
    // QuickBooks renames a customer made inactive: "Jane Smith (deleted)".
    DisplayName: active ? displayName : `${displayName} (deleted)`,
    FullyQualifiedName: active ? displayName : `${displayName} (deleted)`,
    PrintOnCheckName: person.company ?? person.display,
    Active: active,
    Taxable: region === 'GB',
    Job: false,
    BillWithParent: false,
    Balance: 0,
    BalanceWithJobs: 0,
    CurrencyRef: currencyRef(currency),
    PreferredDeliveryMethod: random.chance(0.8) ? 'Email' : 'Print',
    BillAddr: { Id: String(1000 + index * 2), ...address },
    ...(random.chance(0.25) ? { ShipAddr: { Id: String(1001 + index * 2), ...address } } : {}),
  };
  addContactDetails(customer, { town, person, isBusiness, random, options, registry });
  return customer;
}

function pickRegion(random: SeededRandom): CustomerRegion {
  const roll = random.next();
  if (roll < CUSTOMER_SHARES.foreign.US) return 'US';
  if (roll < CUSTOMER_SHARES.foreign.US + CUSTOMER_SHARES.foreign.EU)
    return random.pick(['FR', 'DE', 'IE', 'ES', 'NL'] as const);
  return 'GB';
}

function personName(region: CustomerRegion, random: SeededRandom): Person {
  if (random.chance(CUSTOMER_SHARES.nonLatinName)) return { ...random.pick(NON_LATIN_NAMES) };
  if (random.chance(CUSTOMER_SHARES.emojiName)) return { ...random.pick(EMOJI_NAMES) };
  const [givens, families] =
    region === 'GB'
      ? [UK_GIVEN_NAMES, UK_FAMILY_NAMES]
      : region === 'US'
        ? [US_GIVEN_NAMES, US_FAMILY_NAMES]
        : [EU_GIVEN_NAMES, EU_FAMILY_NAMES];
  const given = random.pick<string>(givens);
  const family = random.pick<string>(families);
  const title = region === 'GB' && random.chance(0.3) ? random.pick(UK_TITLES) : undefined;
  return { given, family, title, display: `${given} ${family}` };
}

function businessContact(region: CustomerRegion, random: SeededRandom): Person {
  const contact = personName(region, random);
  const company = random.chance(CUSTOMER_SHARES.nonLatinName)
    ? random.pick(NON_LATIN_BUSINESSES)
    : random.chance(CUSTOMER_SHARES.emojiName)
      ? random.pick(EMOJI_BUSINESSES)
      : region === 'GB'
        ? ukBusinessName(random)
        : region === 'US'
          ? random.pick(US_BUSINESSES)
          : random.pick(EU_BUSINESSES);
  return { ...contact, company, display: company };
}

function uniqueDisplayName(wanted: string, town: Town, registry: ContactRegistry): string {
  let candidate = wanted;
  for (let attempt = 2; registry.displayNames.has(candidate); attempt++) {
    candidate = attempt === 2 ? `${wanted} (${town.city})` : `${wanted} (${attempt - 1})`;
  }
  registry.displayNames.add(candidate);
  return candidate;
}

interface ContactContext {
  town: Town;
  person: Person;
  isBusiness: boolean;
  random: SeededRandom;
  options: CustomerGenerationOptions;
  registry: ContactRegistry;
}

function addContactDetails(customer: QboCustomer, context: ContactContext): void {
  const { random, registry, options } = context;
  if (random.chance(CUSTOMER_SHARES.noPhoneNorEmail)) return;
  const regionPhones = registry.phones.get(context.town.region) ?? [];
  registry.phones.set(context.town.region, regionPhones);
  const sharesPhone = regionPhones.length > 0 && random.chance(options.sharedContactShare);
  const sharesEmail = registry.emailList.length > 0 && random.chance(options.sharedContactShare);
  const invalidPhone = random.chance(CUSTOMER_SHARES.invalidPhone);

  const mobile = sharesPhone
    ? random.pick(regionPhones)
    : random.chance(context.isBusiness ? 0.35 : 0.8)
      ? uniquePhone(() => mobileNumber(context.town, random), registry)
      : undefined;
  const landline = random.chance(context.isBusiness ? 0.85 : 0.25)
    ? uniquePhone(() => landlineNumber(context.town, random), registry)
    : undefined;
  if (mobile) customer.Mobile = { FreeFormNumber: writePhone(mobile, random) };
  if (landline) customer.PrimaryPhone = { FreeFormNumber: writePhone(landline, random) };
  if (invalidPhone) customer[mobile ? 'PrimaryPhone' : 'Mobile'] = { FreeFormNumber: random.pick(INVALID_PHONES) };
  if (!sharesPhone)
    regionPhones.push(...[mobile, landline].filter((phone): phone is PhoneDigits => phone !== undefined));

  if (!sharesEmail && random.chance(0.12)) return;
  const email = sharesEmail ? random.pick(registry.emailList) : uniqueEmail(context);
  if (!sharesEmail) registry.emailList.push(email);
  const written = writeEmail(email, random);
  customer.PrimaryEmailAddr = {
    Address: random.chance(CUSTOMER_SHARES.twoEmailsInOneField)
      ? `${written}${random.pick([', ', ',', '; ', ';'])}${uniqueEmail(context)}`
      : written,
  };
}

function uniquePhone(make: () => PhoneDigits, registry: ContactRegistry): PhoneDigits {
  let phone = make();
  while (registry.phoneNumbers.has(phone.region + phone.nsn)) phone = make();
  registry.phoneNumbers.add(phone.region + phone.nsn);
  return phone;
}

function uniqueEmail({ person, isBusiness, random, registry }: ContactContext): string {
  const make = () =>
    isBusiness && person.company && random.chance(0.7)
      ? businessEmail(person.company, random)
      : personalEmail(person.given ?? '', person.family ?? '', random);
  let email = make();
  while (registry.emails.has(email)) email = email.replace('@', `${random.int(1, 9)}@`);
  registry.emails.add(email);
  return email;
}
