export * from './contact-opted-out.event';
export * from './find-contacts-by-quickbooks-ids.query';
export * from './get-contact-import-summary.query';
export * from './postal-address';
export * from './preview-contacts-from-quickbooks.query';
export * from './quickbooks-customer.record';
export * from './upsert-contacts-from-quickbooks.command';
