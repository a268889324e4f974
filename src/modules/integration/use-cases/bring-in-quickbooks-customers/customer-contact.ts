import type { QboCustomer } from '../../../../../libs/quickbooks/qbo-types';
import type { ContactUpsertOutcome } from '../../../contacts/contracts';

/** Which contact each QuickBooks customer is, or why it has none. */
export type CustomerContact = { contactId: string; reason?: undefined } | { contactId: null; reason: string };

/** How customers are brought in: written by Contacts, or, in a dry run, previewed. */
export type CustomerIntake = (customers: QboCustomer[]) => Promise<ContactUpsertOutcome[]>;
