import { Module } from '@nestjs/common';
import { ChangeContactConsentHandler } from './use-cases/change-contact-consent/change-contact-consent.handler';
import { CreateContactHandler } from './use-cases/create-contact/create-contact.handler';
import { CreateContactHttpController } from './use-cases/create-contact/create-contact.http.controller';
import { DeleteContactHandler } from './use-cases/delete-contact/delete-contact.handler';
import { DeleteContactHttpController } from './use-cases/delete-contact/delete-contact.http.controller';
import { FindContactByMobileHandler } from './use-cases/find-contact-by-mobile/find-contact-by-mobile.handler';
import { FindContactForTextingHandler } from './use-cases/find-contact-for-texting/find-contact-for-texting.handler';
import { FindContactsByQuickBooksIdsHandler } from './use-cases/find-contacts-by-quickbooks-ids/find-contacts-by-quickbooks-ids.handler';
import { GetContactConsentHandler } from './use-cases/get-contact-consent/get-contact-consent.handler';
import { GetContactConsentHttpController } from './use-cases/get-contact-consent/get-contact-consent.http.controller';
import { GetContactHandler } from './use-cases/get-contact/get-contact.handler';
import { GetContactHttpController } from './use-cases/get-contact/get-contact.http.controller';
import { ListContactsHandler } from './use-cases/list-contacts/list-contacts.handler';
import { ListContactsHttpController } from './use-cases/list-contacts/list-contacts.http.controller';
import { PhoneReadingThread } from './infrastructure/phone-reading-thread';
import { PreviewContactsFromQuickBooksHandler } from './use-cases/preview-contacts-from-quickbooks/preview-contacts-from-quickbooks.handler';
import { ReadQuickBooksCustomerPhonesHandler } from './use-cases/read-quickbooks-customer-phones/read-quickbooks-customer-phones.handler';
import { UpdateContactHandler } from './use-cases/update-contact/update-contact.handler';
import { UpdateContactHttpController } from './use-cases/update-contact/update-contact.http.controller';
import { UpsertContactsFromQuickBooksHandler } from './use-cases/upsert-contacts-from-quickbooks/upsert-contacts-from-quickbooks.handler';

const handlers = [
  CreateContactHandler,
  GetContactHandler,
  UpdateContactHandler,
  DeleteContactHandler,
  ListContactsHandler,
  UpsertContactsFromQuickBooksHandler,
  PreviewContactsFromQuickBooksHandler,
  ReadQuickBooksCustomerPhonesHandler,
  FindContactsByQuickBooksIdsHandler,
  FindContactForTextingHandler,
  FindContactByMobileHandler,
  ChangeContactConsentHandler,
  GetContactConsentHandler,
];

/** Contacts: who invoices are texted to, deduplicated by mobile and email, fed by QuickBooks. */
@Module({
  controllers: [
    ListContactsHttpController,
    CreateContactHttpController,
    GetContactHttpController,
    UpdateContactHttpController,
    DeleteContactHttpController,
    GetContactConsentHttpController,
  ],
  providers: [...handlers, PhoneReadingThread],
})
export class ContactsModule {}
