import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { registerQueues } from '../../platform/queue/queue-registration';
import { workerOnly } from '../../platform/queue/role';
import { ScheduleContexts } from './infrastructure/schedule-contexts';
import { workflowsConfig } from './infrastructure/workflows.config';
import { WORKFLOWS_QUEUE } from './infrastructure/workflows.jobs';
import { AttachDefaultWorkflowWhenInvoicesImportedSaga } from './sagas/attach-default-workflow-when-invoices-imported.saga';
import { CancelStepsWhenContactOptedOutSaga } from './sagas/cancel-steps-when-contact-opted-out.saga';
import { CancelStepsWhenInvoiceRemovedSaga } from './sagas/cancel-steps-when-invoice-removed.saga';
import { StopRemindersWhenInvoicePaidSaga } from './sagas/stop-reminders-when-invoice-paid.saga';
import { AttachDefaultWorkflowHandler } from './use-cases/attach-default-workflow/attach-default-workflow.handler';
import { AttachWorkflowToInvoiceHandler } from './use-cases/attach-workflow/attach-workflow-to-invoice.handler';
import { PutInvoiceWorkflowHandler } from './use-cases/attach-workflow/put-invoice-workflow.handler';
import { PutInvoiceWorkflowHttpController } from './use-cases/attach-workflow/put-invoice-workflow.http.controller';
import { WorkflowAttacher } from './use-cases/attach-workflow/workflow-attacher';
import { CancelInvoiceStepsHandler } from './use-cases/cancel-invoice-steps/cancel-invoice-steps.handler';
import { CancelStepsForContactHandler } from './use-cases/cancel-steps-for-contact/cancel-steps-for-contact.handler';
import { ChangeWorkflowSettingsHandler } from './use-cases/change-workflow-settings/change-workflow-settings.handler';
import { ChangeWorkflowSettingsHttpController } from './use-cases/change-workflow-settings/change-workflow-settings.http.controller';
import { CreateWorkflowHandler } from './use-cases/create-workflow/create-workflow.handler';
import { CreateWorkflowHttpController } from './use-cases/create-workflow/create-workflow.http.controller';
import { DeleteInvoiceStepHandler } from './use-cases/delete-invoice-step/delete-invoice-step.handler';
import { DeleteInvoiceStepHttpController } from './use-cases/delete-invoice-step/delete-invoice-step.http.controller';
import { DeleteWorkflowHandler } from './use-cases/delete-workflow/delete-workflow.handler';
import { DeleteWorkflowHttpController } from './use-cases/delete-workflow/delete-workflow.http.controller';
import { EditInvoiceStepHandler } from './use-cases/edit-invoice-step/edit-invoice-step.handler';
import { EditInvoiceStepHttpController } from './use-cases/edit-invoice-step/edit-invoice-step.http.controller';
import { GetInvoiceWorkflowHandler } from './use-cases/get-invoice-workflow/get-invoice-workflow.handler';
import { GetInvoiceWorkflowHttpController } from './use-cases/get-invoice-workflow/get-invoice-workflow.http.controller';
import { InvoiceWorkflowView } from './use-cases/get-invoice-workflow/invoice-workflow-view';
import { GetWorkflowSettingsHandler } from './use-cases/get-workflow-settings/get-workflow-settings.handler';
import { GetWorkflowSettingsHttpController } from './use-cases/get-workflow-settings/get-workflow-settings.http.controller';
import { GetWorkflowHandler } from './use-cases/get-workflow/get-workflow.handler';
import { GetWorkflowHttpController } from './use-cases/get-workflow/get-workflow.http.controller';
import { ListWorkflowsHandler } from './use-cases/list-workflows/list-workflows.handler';
import { ListWorkflowsHttpController } from './use-cases/list-workflows/list-workflows.http.controller';
import { RecordInvoicePaidHandler } from './use-cases/record-invoice-paid/record-invoice-paid.handler';
import { DueOccurrencesPass } from './use-cases/send-due-occurrences/due-occurrences.pass';
import { OccurrenceSender } from './use-cases/send-due-occurrences/occurrence-sender';
import { SendWorkflowOccurrenceProcessor } from './use-cases/send-due-occurrences/send-workflow-occurrence.processor';
import { UpdateWorkflowHandler } from './use-cases/update-workflow/update-workflow.handler';
import { UpdateWorkflowHttpController } from './use-cases/update-workflow/update-workflow.http.controller';

const handlers = [
  CreateWorkflowHandler,
  ListWorkflowsHandler,
  GetWorkflowHandler,
  UpdateWorkflowHandler,
  DeleteWorkflowHandler,
  GetWorkflowSettingsHandler,
  ChangeWorkflowSettingsHandler,
  AttachWorkflowToInvoiceHandler,
  PutInvoiceWorkflowHandler,
  GetInvoiceWorkflowHandler,
  EditInvoiceStepHandler,
  DeleteInvoiceStepHandler,
  AttachDefaultWorkflowHandler,
  RecordInvoicePaidHandler,
  CancelInvoiceStepsHandler,
  CancelStepsForContactHandler,
];

const sagas = [
  StopRemindersWhenInvoicePaidSaga,
  CancelStepsWhenInvoiceRemovedSaga,
  CancelStepsWhenContactOptedOutSaga,
  AttachDefaultWorkflowWhenInvoicesImportedSaga,
];

/**
 * Workflows: reminders and thank-you texts on a schedule kept in PostgreSQL, woken by a timed pass,
 * each sent once through Invoicing and Messaging, and stopped when the invoice is paid or removed.
 */
@Module({
  imports: [ConfigModule.forFeature(workflowsConfig), registerQueues(WORKFLOWS_QUEUE)],
  // The settings routes come before `workflows/:id`, which would take "settings" for an id.
  controllers: [
    GetWorkflowSettingsHttpController,
    ChangeWorkflowSettingsHttpController,
    ListWorkflowsHttpController,
    CreateWorkflowHttpController,
    GetWorkflowHttpController,
    UpdateWorkflowHttpController,
    DeleteWorkflowHttpController,
    PutInvoiceWorkflowHttpController,
    GetInvoiceWorkflowHttpController,
    EditInvoiceStepHttpController,
    DeleteInvoiceStepHttpController,
  ],
  providers: [
    ...handlers,
    ...sagas,
    ScheduleContexts,
    WorkflowAttacher,
    InvoiceWorkflowView,
    OccurrenceSender,
    ...workerOnly([DueOccurrencesPass, SendWorkflowOccurrenceProcessor]),
  ],
})
export class WorkflowsModule {}
