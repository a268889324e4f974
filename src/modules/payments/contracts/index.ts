export * from './get-invoice-payment-state.query';
export * from './get-payment-options.query';
export * from './payment-succeeded.event';
export * from './start-checkout.command';
