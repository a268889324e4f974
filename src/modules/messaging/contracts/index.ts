export * from './message-values';
export * from './render-message.query';
export * from './rendered-message';
export * from './send-text.command';
