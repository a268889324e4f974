export * from './quickbooks-connected.event';
export * from './quickbooks-connection-lost.event';
export * from './quickbooks-disconnected.event';
export * from './bring-quickbooks-up-to-date.command';
export * from './get-connected-company.query';
export * from './quickbooks-payment-failed.event';
export * from './quickbooks-payment-recorded.event';
export * from './record-payment-in-quickbooks.command';
