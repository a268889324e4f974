export * from './quickbooks-connected.event';
export * from './quickbooks-connection-lost.event';
export * from './quickbooks-disconnected.event';
export * from './get-connected-company.query';
