import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ClsModule } from 'nestjs-cls';
import { ContactsModule } from './modules/contacts/contacts.module';
import { AccountsModule } from './platform/accounts/accounts.module';
import { QueueBoardModule } from './platform/admin/queue-board.module';
import { validateEnvironment } from './platform/config/environment';
import { settleConfigs } from './platform/config/settle.config';
import { UnhandledExceptionsLogger } from './platform/cqrs/unhandled-exceptions.logger';
import { DatabaseModule } from './platform/database/database.module';
import { HealthModule } from './platform/health/health.module';
import { ProblemDetailsFilter } from './platform/http/problem-details.filter';
import { createValidationPipe } from './platform/http/validation.pipe';
import { InboxModule } from './platform/inbox/inbox.module';
import { LoggingModule } from './platform/logging/logging.module';
import { OutboxModule } from './platform/outbox/outbox.module';
import { QueueModule } from './platform/queue/queue.module';
import { TimedWorkModule } from './platform/schedule/schedule.module';
import { IntegrationModule } from './modules/integration/integration.module';
import { InvoicingModule } from './modules/invoicing/invoicing.module';
import { MessagingModule } from './modules/messaging/messaging.module';
import { WorkflowsModule } from './modules/workflows/workflows.module';
import { ClockModule } from './platform/clock/clock.module';
import { PaymentsModule } from './modules/payments/payments.module';
import { SETTLE_TABLES } from './settle.tables';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      cache: true,
      load: settleConfigs,
      validate: (raw) => ({ ...raw, ...validateEnvironment(raw) }),
    }),
    ClsModule.forRoot({ global: true, middleware: { mount: false } }),
    LoggingModule,
    ClockModule,
    DatabaseModule.forTables(SETTLE_TABLES),
    QueueModule,
    TimedWorkModule,
    CqrsModule.forRoot(),
    OutboxModule,
    InboxModule,
    HealthModule,
    QueueBoardModule,
    AccountsModule,
    ContactsModule,
    InvoicingModule,
    IntegrationModule,
    MessagingModule,
    WorkflowsModule,
    PaymentsModule,
  ],
  providers: [
    UnhandledExceptionsLogger,
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
})
export class AppModule {}
