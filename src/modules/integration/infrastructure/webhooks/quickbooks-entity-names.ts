/** QuickBooks Online entity names, to restore their case from CloudEvents' lower-case types. */
const ENTITY_NAMES = [
  'Account',
  'Attachable',
  'Bill',
  'BillPayment',
  'Budget',
  'Class',
  'CompanyCurrency',
  'CompanyInfo',
  'CreditCardPayment',
  'CreditMemo',
  'Currency',
  'Customer',
  'CustomerType',
  'Department',
  'Deposit',
  'Employee',
  'Estimate',
  'Invoice',
  'Item',
  'JournalCode',
  'JournalEntry',
  'Payment',
  'PaymentMethod',
  'Preferences',
  'Purchase',
  'PurchaseOrder',
  'RecurringTransaction',
  'RefundReceipt',
  'ReimburseCharge',
  'SalesReceipt',
  'TaxAgency',
  'TaxCode',
  'TaxPayment',
  'TaxRate',
  'Term',
  'TimeActivity',
  'Transfer',
  'Vendor',
  'VendorCredit',
];

const BY_LOWER_CASE = new Map(ENTITY_NAMES.map((name) => [name.toLowerCase(), name]));

/** 'invoice' / 'INVOICE' → 'Invoice', 'salesreceipt' → 'SalesReceipt'; an unknown name gets a capital first letter. */
export function normaliseEntityName(name: string): string {
  return BY_LOWER_CASE.get(name.toLowerCase()) ?? name.charAt(0).toUpperCase() + name.slice(1);
}

const OPERATIONS = new Map([
  ['create', 'created'],
  ['update', 'updated'],
  ['delete', 'deleted'],
  ['void', 'voided'],
  ['merge', 'merged'],
]);

/** Legacy verbs ('Create', 'Void') and CloudEvents' past tenses ('created') as one lower-case past tense. */
export function normaliseOperation(operation: string): string {
  const lower = operation.toLowerCase();
  return OPERATIONS.get(lower) ?? lower;
}
