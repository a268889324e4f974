export * from './attach-workflow-to-invoice.command';
