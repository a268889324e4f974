import type {
  QboAccount,
  QboCustomer,
  QboInvoice,
  QboItem,
  QboPayment,
  QboPaymentMethod,
  QboTaxCode,
  QboTaxRate,
} from '../../../quickbooks/qbo-types';

/** The entities the sandbox stores, with the JSON types QuickBooks gives them. */
export interface EntityTypes {
  Customer: QboCustomer;
  Invoice: QboInvoice;
  Payment: QboPayment;
  Account: QboAccount;
  Item: QboItem;
  PaymentMethod: QboPaymentMethod;
  TaxCode: QboTaxCode;
  TaxRate: QboTaxRate;
}

export type EntityName = keyof EntityTypes;

export const ENTITY_NAMES: readonly EntityName[] = [
  'Customer',
  'Invoice',
  'Payment',
  'Account',
  'Item',
  'PaymentMethod',
  'TaxCode',
  'TaxRate',
];

/** Name lists whose queries return only active rows unless the query filters on Active. */
export const ACTIVE_FILTERED: ReadonlySet<EntityName> = new Set<EntityName>([
  'Customer',
  'Account',
  'Item',
  'PaymentMethod',
]);

/** QuickBooks' CDC supports all of these but TaxCode and TaxRate. */
export const CDC_ENTITIES: ReadonlySet<EntityName> = new Set<EntityName>([
  'Customer',
  'Invoice',
  'Payment',
  'Account',
  'Item',
  'PaymentMethod',
]);

/** Entities the API lets an app create and update; tax codes and rates are read-only there. */
export const WRITABLE_ENTITIES: ReadonlySet<EntityName> = new Set<EntityName>([
  'Customer',
  'Invoice',
  'Payment',
  'Account',
  'Item',
  'PaymentMethod',
]);

/** Resolves a name as written in a URL path (`invoice`) or a query (`INVOICE`) case-insensitively. */
export function entityNameFrom(raw: string): EntityName | undefined {
  const lower = raw.toLowerCase();
  return ENTITY_NAMES.find((name) => name.toLowerCase() === lower);
}
