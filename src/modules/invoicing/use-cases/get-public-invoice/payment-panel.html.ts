import { html, type SafeHtml } from '../../../../platform/http/html-template';
import type { PublicInvoiceResponseDto } from './public-invoice.response.dto';

/** How the page was reached: its token, and what the address says about the visit. */
export interface InvoicePageVisit {
  token: string;
  /** Coming back from a checkout (`?paid=n`): the n-th look since, 0 when not coming back. */
  returns: number;
  /** The method pressed could not be offered (`?unavailable=1`). */
  unavailable: boolean;
}

export const REFRESH_SECONDS = 5;

/**
 * Coming back from a checkout counts as "processing" for about a minute even before Payments has
 * heard from the provider (its webhook decides, never the return); after that, only what Payments
 * says keeps the page refreshing, so a payer who abandoned the checkout is not stuck waiting.
 */
const RETURN_LOOKS = 12;

export const PAYMENT_PANEL_STYLE = `
.notice{border-radius:8px;padding:10px 12px;margin:16px 0 0;font-weight:600}
.notice-paid{background:#e6f4ea;color:#1e6b34}.notice-processing{background:#e8f0fe;color:#1a4fb4}
.notice-failed,.notice-unavailable{background:#fde8e8;color:#a11b1b}
.pay{display:flex;flex-wrap:wrap;gap:8px;margin-top:16px}.pay form{flex:1 1 180px;margin:0}
.pay button{width:100%;border:0;border-radius:8px;padding:14px 16px;font:inherit;font-weight:700;cursor:pointer;background:#1a4fb4;color:#fff}
.pay button.secondary{background:#fff;color:#1a4fb4;border:2px solid #1a4fb4}
`;

/** Whether the page shows "processing" (and refreshes itself). */
export function isProcessing(invoice: PublicInvoiceResponseDto, visit: InvoicePageVisit): boolean {
  const returning = visit.returns > 0 && visit.returns <= RETURN_LOOKS && invoice.lastFailure === null;
  return invoice.payable && (invoice.processing || returning);
}

/** The address the page refreshes to while processing: the same page, one look further. */
export function refreshUrl(visit: InvoicePageVisit): string {
  return `/p/${encodeURIComponent(visit.token)}?paid=${visit.returns + 1}`;
}

/** Paid, processing, or the ways to pay (after a failure, with it said first). */
export function paymentPanel(invoice: PublicInvoiceResponseDto, visit: InvoicePageVisit): SafeHtml | string {
  if (invoice.status === 'paid') {
    return html`<p class="notice notice-paid" data-testid="payment-notice">Paid, thank you</p>`;
  }
  if (isProcessing(invoice, visit)) {
    return html`<p class="notice notice-processing" data-testid="payment-notice">
      Processing your payment. This page updates by itself.
    </p>`;
  }
  if (!invoice.payable) return '';
  const buttons = payButtons(invoice, visit.token);
  return html`${
    invoice.lastFailure !== null
      ? html`<p class="notice notice-failed" data-testid="payment-notice">
          Your payment did not go through. ${invoice.lastFailure}
        </p>`
      : ''
  }${
    visit.unavailable
      ? html`<p class="notice notice-unavailable" data-testid="payment-unavailable">
          That way to pay is not available right now. Please try another, or contact ${invoice.businessName}.
        </p>`
      : ''
  }${buttons.length > 0 ? html`<div class="pay">${buttons}</div>` : ''}`;
}

function payButtons(invoice: PublicInvoiceResponseDto, token: string): SafeHtml[] {
  const action = `/p/${encodeURIComponent(token)}/pay`;
  const buttons: SafeHtml[] = [];
  if (invoice.paymentOptions.card) {
    buttons.push(
      html`<form method="post" action="${action}">
        <input type="hidden" name="method" value="card" />
        <button type="submit" data-testid="pay-card">Pay ${invoice.balance.formatted} by card</button>
      </form>`,
    );
  }
  if (invoice.paymentOptions.bank) {
    const secondary = invoice.paymentOptions.card ? 'secondary' : '';
    buttons.push(
      html`<form method="post" action="${action}">
        <input type="hidden" name="method" value="bank" />
        <button type="submit" class="${secondary}" data-testid="pay-bank">Pay by bank</button>
      </form>`,
    );
  }
  return buttons;
}
