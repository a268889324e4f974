export * from './contact-unreachable.error';
export * from './inbound-sms-received.event';
export * from './message-values';
export * from './render-message.query';
export * from './rendered-message';
export * from './send-text.command';
export * from './sms-delivered.event';
export * from './sms-failed.event';
