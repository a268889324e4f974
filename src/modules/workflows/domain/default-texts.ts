/**
 * The texts of steps with no template of their own (Messaging's placeholders; the payment link is
 * added to a reminder that lacks it). Short and GSM-7, so each is one SMS with typical values.
 */
export const DEFAULT_STEP_TEXTS = {
  reminder:
    'Hi {first_name}, a reminder from {business_name}: invoice {invoice_number} for {amount_due} is due {due_date}. ' +
    'Pay here: {payment_link}',
  thank_you: 'Hi {first_name}, thank you for paying invoice {invoice_number}. {business_name}',
} as const;
