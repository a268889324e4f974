/** What a template's placeholders are filled from, gathered by the context that sends the text. */
export interface MessageValues {
  contactFirstName: string | null;
  contactName: string;
  businessName: string;
  invoiceNumber: string | null;
  /** Minor units as a string, with its ISO 4217 code. */
  amountDue: { minor: string; currency: string } | null;
  /** ISO date (YYYY-MM-DD). */
  dueDate: string | null;
  paymentLink: string | null;
}

/** The text to send: a saved template, or text of the caller's own (both may hold placeholders). */
export type MessageSource = { templateId: string } | { text: string } | { defaultTemplate: 'invoice_intro' };
