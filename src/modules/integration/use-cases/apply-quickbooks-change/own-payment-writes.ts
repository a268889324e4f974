import { Injectable } from '@nestjs/common';
import type { QboPayment } from '../../../../../libs/quickbooks/qbo-types';
import { AccountScope } from '../../../../platform/database/account-scope';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import { paymentNoteTag } from '../../domain/quickbooks-payment-fields';
import { QuickBooksPaymentWrite } from '../../domain/quickbooks-payment-write';

const NOTE_TAG = new RegExp(`^${paymentNoteTag('(\\S+)')}`);

/**
 * Recognises the Payments Settle wrote itself, which QuickBooks reports back (webhook, CDC): by the
 * Payment Id saved with the write, or, in the moment before that is saved, by the Settle payment its
 * note names. Keeps the newest SyncToken of each.
 */
@Injectable()
export class OwnPaymentWrites {
  constructor(private readonly scope: AccountScope) {}

  /** Whether this Payment is one Settle wrote (its SyncToken is kept when it is). */
  async isOwn(company: QuickBooksCompanyRef, payment: Pick<QboPayment, 'Id' | 'SyncToken' | 'PrivateNote'>) {
    const { accountId, realmId } = company;
    const paymentIdInNote = NOTE_TAG.exec(payment.PrivateNote ?? '')?.[1];
    return this.scope.transaction(accountId, async (em) => {
      const byId = await em.findOne(QuickBooksPaymentWrite, {
        accountId,
        realmId,
        quickBooksPaymentId: String(payment.Id),
      });
      if (byId) {
        byId.seen(String(payment.SyncToken));
        return true;
      }
      if (paymentIdInNote === undefined) return false;
      return (await em.count(QuickBooksPaymentWrite, { accountId, realmId, paymentId: paymentIdInNote })) > 0;
    });
  }

  /** Whether the Payment of this Id is one Settle wrote and recorded (one reported deleted, or just created). */
  async wasOwn(company: QuickBooksCompanyRef, quickBooksPaymentId: string): Promise<boolean> {
    const { accountId, realmId } = company;
    return this.scope.read(accountId, async (em) => {
      const count = await em.count(QuickBooksPaymentWrite, { accountId, realmId, quickBooksPaymentId });
      return count > 0;
    });
  }
}
