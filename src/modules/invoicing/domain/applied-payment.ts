export type PaymentSource = 'stripe' | 'crezco' | 'manual';

export type PaymentOutcome = 'applied' | 'overpaid';

/**
 * A payment Settle took or recorded, as it met an invoice: what it brought and what of it the
 * balance took. One per payment id, so that the payment saga's step is applied once whatever
 * redelivers it.
 */
export class AppliedPayment {
  paymentId!: string;
  accountId!: string;
  invoiceId!: string;
  source!: PaymentSource;
  amountMinor!: bigint;
  /** What lowered the balance: the amount, less what was not due (0 when nothing was). */
  appliedMinor!: bigint;
  outcome!: PaymentOutcome;
  paidAt!: Date;
  appliedAt!: Date;

  static of(props: Omit<AppliedPayment, 'outcome'>): AppliedPayment {
    const row = Object.assign(new AppliedPayment(), props);
    row.outcome = props.appliedMinor === props.amountMinor ? 'applied' : 'overpaid';
    return row;
  }
}
