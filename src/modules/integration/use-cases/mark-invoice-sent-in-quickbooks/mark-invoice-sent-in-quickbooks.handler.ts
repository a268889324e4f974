import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../../platform/accounts/contracts/get-account-settings.query';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { QuickBooksSentMark, SENT_MARK_LIMITS } from '../../domain/quickbooks-sent-mark';
import { sentLine } from '../../domain/sent-note';
import { QuickBooksCompanies } from '../../infrastructure/quickbooks-companies';
import { MarkInvoiceSentInQuickBooksJob, sentMarkJobId } from '../../infrastructure/quickbooks.jobs';
import {
  MarkInvoiceSentInQuickBooksCommand,
  type SentMarkRequestOutcome,
} from './mark-invoice-sent-in-quickbooks.command';

/**
 * Records the mark and schedules the job that writes it, when the invoice came from QuickBooks, the
 * account has the setting on and a company is connected. One mark per message: a duplicate event
 * schedules nothing more.
 */
@CommandHandler(MarkInvoiceSentInQuickBooksCommand)
export class MarkInvoiceSentInQuickBooksHandler implements ICommandHandler<MarkInvoiceSentInQuickBooksCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
    private readonly companies: QuickBooksCompanies,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: MarkInvoiceSentInQuickBooksCommand): Promise<SentMarkRequestOutcome> {
    const { accountId, invoiceId, quickBooksId, messageId } = command;
    if (quickBooksId === null || quickBooksId.length > SENT_MARK_LIMITS.invoiceQuickBooksId) return 'not needed';
    const settings = await this.queries.execute(new GetAccountSettingsQuery(accountId));
    if (!settings.markSentInQuickBooks) return 'not needed';
    const found = await this.companies.connected(accountId, {});
    if (!found) return 'not needed';
    const { company } = found;
    return this.scope.transaction(accountId, async (em) => {
      if (await em.findOne(QuickBooksSentMark, { accountId, messageId })) return 'already scheduled';
      const sentAt = new Date(command.sentAt);
      const mark = QuickBooksSentMark.request({
        accountId,
        connectionId: company.connectionId,
        realmId: company.realmId,
        invoiceId,
        invoiceQuickBooksId: quickBooksId,
        messageId,
        sentAt,
        line: sentLine(sentAt, settings.timezone),
      });
      em.persist(mark);
      this.outbox.schedule(em, {
        kind: MarkInvoiceSentInQuickBooksJob,
        payload: { markId: mark.id, accountId },
        jobId: sentMarkJobId(messageId),
        accountId,
      });
      return 'scheduled';
    });
  }
}
