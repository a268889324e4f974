import type { TableMappings } from '../../platform/database/mikro-orm.config';
import { InvoiceWorkflowSchema } from './infrastructure/persistence/invoice-workflow.schema';
import { StepOccurrenceSchema } from './infrastructure/persistence/step-occurrence.schema';
import { WorkflowSettingsSchema } from './infrastructure/persistence/workflow-settings.schema';
import { WorkflowSchema } from './infrastructure/persistence/workflow.schema';

/** The tables Workflows owns. */
export const WORKFLOWS_TABLES: TableMappings = [
  WorkflowSchema,
  InvoiceWorkflowSchema,
  StepOccurrenceSchema,
  WorkflowSettingsSchema,
];
