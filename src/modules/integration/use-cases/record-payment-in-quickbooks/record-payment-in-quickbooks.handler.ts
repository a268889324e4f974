import { LockMode } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isSupportedCurrency } from '../../../../../libs/money';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { RecordPaymentInQuickBooksCommand } from '../../contracts';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import {
  PAYMENT_WRITE_LIMITS as LIMITS,
  QuickBooksPaymentWrite,
  type PaymentWriteRequest,
} from '../../domain/quickbooks-payment-write';
import { IntegrationErrors } from '../../integration.errors';
import { paymentWriteJobId, RecordPaymentInQuickBooksJob } from '../../infrastructure/quickbooks.jobs';

const MINOR_UNITS = /^\d{1,18}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Records the write of a payment (one row per payment) and schedules the job that makes it, in the
 * sender's transaction. A second request for a payment being written, or written, schedules
 * nothing (a written one says QuickBooksPaymentRecorded again); for a failed one it is a retry: a
 * new round, with a job id of its own.
 */
@CommandHandler(RecordPaymentInQuickBooksCommand)
export class RecordPaymentInQuickBooksHandler implements ICommandHandler<RecordPaymentInQuickBooksCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: RecordPaymentInQuickBooksCommand): Promise<void> {
    const request = requestOf(command);
    await this.scope.transaction(request.accountId, async (em) => {
      const connection = await em.findOne(QuickBooksConnection, { accountId: request.accountId });
      const target = { ...request, connectionId: connection?.id ?? null, realmId: connection?.realmId ?? null };
      let write = await em.findOne(
        QuickBooksPaymentWrite,
        { accountId: request.accountId, paymentId: request.paymentId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (write) {
        const retry = write.requestAgain(target);
        this.outbox.record(em, ...write.pullEvents());
        if (retry !== 'scheduled again') return;
      } else {
        write = QuickBooksPaymentWrite.request(target);
        em.persist(write);
      }
      this.outbox.schedule(em, {
        kind: RecordPaymentInQuickBooksJob,
        payload: { writeId: write.id, accountId: request.accountId },
        jobId: paymentWriteJobId(request.paymentId, write.round),
        accountId: request.accountId,
      });
    });
  }
}

function requestOf(command: RecordPaymentInQuickBooksCommand): PaymentWriteRequest {
  const { accountId, paymentId, invoiceQuickBooksId, currency, methodName, reference, paidOn } = command;
  const tooLong = (value: string | null, max: number) => value !== null && (value.length === 0 || value.length > max);
  if (tooLong(paymentId, LIMITS.paymentId)) throw IntegrationErrors.invalidPaymentWrite('payment id');
  if (tooLong(invoiceQuickBooksId, LIMITS.invoiceQuickBooksId))
    throw IntegrationErrors.invalidPaymentWrite('invoice QuickBooks id');
  if (tooLong(methodName.trim(), LIMITS.methodName)) throw IntegrationErrors.invalidPaymentWrite('method name');
  if (tooLong(reference, LIMITS.reference)) throw IntegrationErrors.invalidPaymentWrite('reference');
  if (!isSupportedCurrency(currency)) throw IntegrationErrors.invalidPaymentWrite(`currency ${currency}`);
  if (!ISO_DATE.test(paidOn) || Number.isNaN(Date.parse(paidOn)))
    throw IntegrationErrors.invalidPaymentWrite('paid on is not a date');
  if (!MINOR_UNITS.test(command.amountMinor) || !MINOR_UNITS.test(command.appliedMinor))
    throw IntegrationErrors.invalidPaymentWrite('amounts must be whole minor units');
  const amountMinor = BigInt(command.amountMinor);
  const appliedMinor = BigInt(command.appliedMinor);
  if (amountMinor === 0n || appliedMinor > amountMinor)
    throw IntegrationErrors.invalidPaymentWrite('the amount must be above zero and at least what is applied');
  return {
    accountId,
    paymentId,
    invoiceQuickBooksId,
    amountMinor,
    appliedMinor,
    currency,
    methodName: methodName.trim(),
    reference: reference === null || reference.trim() === '' ? null : reference.trim(),
    paidOn,
  };
}
