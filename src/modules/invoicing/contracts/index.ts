export * from './invoice-removed.event';
export * from './invoice-sent.event';
export * from './preview-invoices-from-quickbooks.query';
export * from './quickbooks-invoice.record';
export * from './remove-invoice-deleted-in-quickbooks.command';
export * from './upsert-invoices-from-quickbooks.command';
