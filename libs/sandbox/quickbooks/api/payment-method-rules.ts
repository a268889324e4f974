import { faults } from '../faults';
import type { Company } from '../store/company';
import type { EntityBody } from './entity-service';

/** PaymentMethod.Name's limit (Intuit's PaymentMethod reference). */
export const PAYMENT_METHOD_NAME_MAX_LENGTH = 31;

/**
 * Refuses a PaymentMethod QuickBooks would refuse: no name, a name over 31 characters, or one
 * another method (active or not) already has (6240). `id` is the method being updated, if any.
 */
export function checkPaymentMethod(company: Company, row: EntityBody, id?: string): void {
  const name = row.Name;
  if (typeof name !== 'string' || name.trim() === '') throw faults.requiredParam('Name');
  if (name.length > PAYMENT_METHOD_NAME_MAX_LENGTH)
    throw faults.stringLength('Name', PAYMENT_METHOD_NAME_MAX_LENGTH, name.length);
  const table = company.table('PaymentMethod');
  for (const otherId of table.idsInOrder()) {
    const other = table.get(otherId);
    if (other && otherId !== id && other.Name.toLowerCase() === name.toLowerCase()) throw faults.duplicateName(name);
  }
}
