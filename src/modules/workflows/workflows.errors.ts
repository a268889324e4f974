import { AppError, type FieldError } from '../../platform/errors/app-error';

export const WorkflowsErrors = {
  workflowNotFound: () => new AppError('WORKFLOWS.WORKFLOW_NOT_FOUND', 'not_found', 'No such workflow in this account'),
  invoiceNotFound: () => new AppError('WORKFLOWS.INVOICE_NOT_FOUND', 'not_found', 'No such invoice in this account'),
  noWorkflowOnInvoice: () =>
    new AppError('WORKFLOWS.NO_WORKFLOW_ON_INVOICE', 'not_found', 'The invoice has no workflow attached'),
  stepNotFound: () => new AppError('WORKFLOWS.STEP_NOT_FOUND', 'not_found', "No such step in the invoice's workflow"),
  invalidSteps: (fields: FieldError[]) =>
    new AppError(
      'WORKFLOWS.INVALID_STEPS',
      'invalid',
      `The steps are not valid: ${fields.map((field) => `${field.field} ${field.message}`).join('; ')}`,
      fields,
    ),
  invoicePaid: () =>
    new AppError(
      'WORKFLOWS.INVOICE_PAID',
      'conflict',
      "The invoice is paid: its workflow's steps can no longer change",
    ),
  invoiceRemoved: () =>
    new AppError('WORKFLOWS.INVOICE_REMOVED', 'conflict', 'The invoice was removed: nothing can be scheduled for it'),
  invalidWindow: (fields: FieldError[]) =>
    new AppError(
      'WORKFLOWS.INVALID_SENDING_WINDOW',
      'invalid',
      `The sending window is not valid: ${fields.map((field) => `${field.field} ${field.message}`).join('; ')}`,
      fields,
    ),
};
