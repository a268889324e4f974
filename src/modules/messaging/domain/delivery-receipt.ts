import { newId } from '../../../../libs/ids';
import type { PartReceipt } from './message';

/** One receipt of one part, kept once per (part id, status). */
export class DeliveryReceipt implements PartReceipt {
  id!: string;
  accountId!: string;
  messageId!: string;
  providerMessageId!: string;
  status!: string;
  errCode!: string;
  outcome!: PartReceipt['outcome'];
  at!: Date;

  static of(accountId: string, messageId: string, part: PartReceipt): DeliveryReceipt {
    const receipt = new DeliveryReceipt();
    receipt.id = newId(part.at.getTime());
    receipt.accountId = accountId;
    receipt.messageId = messageId;
    receipt.providerMessageId = part.providerMessageId;
    receipt.status = part.status;
    receipt.errCode = part.errCode;
    receipt.outcome = part.outcome;
    receipt.at = part.at;
    return receipt;
  }
}
