import type { InvoiceLineResponseDto } from '../invoice-line.response.dto';
import { html, type SafeHtml } from '../../../../platform/http/html-template';
import {
  isProcessing,
  PAYMENT_PANEL_STYLE,
  paymentPanel,
  REFRESH_SECONDS,
  refreshUrl,
  type InvoicePageVisit,
} from './payment-panel.html';
import type { PublicInvoiceResponseDto } from './public-invoice.response.dto';

const STATUS_LABELS: Record<PublicInvoiceResponseDto['status'], string> = {
  open: 'Open',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  overdue: 'Overdue',
  voided: 'Voided',
};

const STYLE = `
*{box-sizing:border-box}body{margin:0;background:#f4f5f7;color:#1c1f24;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:640px;margin:0 auto;padding:16px}
.card{background:#fff;border-radius:12px;padding:20px;box-shadow:0 1px 3px rgba(0,0,0,.08);margin-bottom:16px}
h1{font-size:1.35rem;margin:0 0 4px}h2{font-size:1rem;margin:0 0 12px;color:#555;font-weight:600}
.muted{color:#5f6670;font-size:.9rem}.amount{font-variant-numeric:tabular-nums;white-space:nowrap;text-align:right}
.due{display:flex;justify-content:space-between;align-items:center;gap:12px;margin-top:16px}
.due strong{font-size:1.6rem}
.status{display:inline-block;border-radius:999px;padding:2px 10px;font-size:.85rem;font-weight:600;background:#e8f0fe;color:#1a4fb4}
.status-paid{background:#e6f4ea;color:#1e6b34}.status-overdue{background:#fde8e8;color:#a11b1b}.status-voided{background:#eee;color:#555}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:12px 0 0}dt{color:#5f6670}dd{margin:0}
ul.lines{list-style:none;margin:0;padding:0}
ul.lines li{display:flex;justify-content:space-between;gap:12px;padding:10px 0;border-bottom:1px solid #eceef1}
ul.lines li.child{padding-left:16px}.line-text{min-width:0;overflow-wrap:anywhere}
table.totals{width:100%;border-collapse:collapse;margin-top:8px}table.totals td{padding:4px 0}
table.totals tr.total td{font-weight:700;border-top:2px solid #1c1f24;padding-top:8px}
p.note{white-space:pre-line;margin:0}
${PAYMENT_PANEL_STYLE}`;

/**
 * The customer's invoice page: server-rendered, no script, readable on a phone. While a payment is
 * processing it refreshes itself (a meta refresh) until Payments has settled it.
 */
export function invoicePage(invoice: PublicInvoiceResponseDto, visit: InvoicePageVisit): string {
  const title = invoice.number ? `Invoice ${invoice.number}` : 'Invoice';
  const statusClass = `status status-${invoice.status}`;
  return document(
    `${title} from ${invoice.businessName}`,
    html`<main>
      <section class="card">
        <p class="muted">${invoice.businessName}</p>
        <h1>${title}</h1>
        <span class="${statusClass}" data-testid="status">${STATUS_LABELS[invoice.status]}</span>
        <dl>
          ${
            invoice.contactName
              ? html`<dt>For</dt>
                  <dd>${invoice.contactName}</dd>`
              : ''
          }
          <dt>Date</dt>
          <dd>${formatDate(invoice.txnDate)}</dd>
          ${
            invoice.dueDate
              ? html`<dt>Due</dt>
                  <dd>${formatDate(invoice.dueDate)}</dd>`
              : ''
          }
        </dl>
        <div class="due">
          <span>Amount due</span><strong class="amount" data-testid="balance">${invoice.balance.formatted}</strong>
        </div>
        ${paymentPanel(invoice, visit)}
      </section>
      <section class="card">
        <h2>Details</h2>
        <ul class="lines">
          ${invoice.lines.flatMap((line) => lineItems(line, false, invoice.taxTreatment === 'inclusive'))}
        </ul>
        <table class="totals">
          <tr>
            <td>Subtotal</td>
            <td class="amount" data-testid="subtotal">${invoice.subtotal.formatted}</td>
          </tr>
          ${
            invoice.discount.minorUnits !== '0'
              ? html`<tr>
                  <td>Discount</td>
                  <td class="amount" data-testid="discount">−${invoice.discount.formatted}</td>
                </tr>`
              : ''
          }
          ${invoice.taxLines.map(
            (tax) =>
              html`<tr>
                <td>
                  ${taxLabel(tax.name, tax.ratePercent)}${invoice.taxTreatment === 'inclusive' ? ' (included)' : ''}
                </td>
                <td class="amount" data-testid="tax">${tax.amount.formatted}</td>
              </tr>`,
          )}
          <tr class="total">
            <td>Total</td>
            <td class="amount" data-testid="total">${invoice.total.formatted}</td>
          </tr>
        </table>
      </section>
      ${note(invoice.message ?? invoice.customerMemo)}
    </main>`,
    isProcessing(invoice, visit)
      ? html`<meta http-equiv="refresh" content="${`${REFRESH_SECONDS};url=${refreshUrl(visit)}`}" />`
      : '',
  );
}

/** The same page for an unknown token and a removed invoice: it says nothing about either. */
export function notFoundPage(): string {
  return document(
    'Invoice not available',
    html`<main>
      <section class="card">
        <h1>This invoice is not available</h1>
        <p class="muted">
          The link may be mistyped, or the invoice is no longer available. Please contact the business that sent it.
        </p>
      </section>
    </main>`,
  );
}

function lineItems(line: InvoiceLineResponseDto, child: boolean, inclusive: boolean): SafeHtml[] {
  if (line.kind === 'subtotal' || line.kind === 'discount') return [];
  const className = child ? 'child' : '';
  if (line.kind === 'description') {
    return [html`<li class="${className}"><span class="line-text muted">${line.description}</span></li>`];
  }
  if (line.kind === 'group') {
    return [
      html`<li class="${className}">
        <span class="line-text"><strong>${line.description ?? line.itemCode}</strong></span>
      </li>`,
      ...line.children.flatMap((part) => lineItems(part, true, inclusive)),
    ];
  }
  const amount = inclusive && line.grossAmount ? line.grossAmount : line.amount;
  const quantity = line.quantity && line.quantity !== '1' ? `${line.quantity} × ` : '';
  return [
    html`<li class="${className}" data-testid="line">
      <span class="line-text"
        >${line.description ?? line.itemCode} <br /><span class="muted"
          >${quantity}${line.itemCode ?? ''}${line.taxRatePercent ? ` · VAT ${line.taxRatePercent}%` : ''}</span
        ></span
      >
      <span class="amount">${amount.formatted}</span>
    </li>`,
  ];
}

function note(text: string | null): SafeHtml | string {
  return text ? html`<section class="card"><p class="note">${text}</p></section>` : '';
}

function taxLabel(name: string | null, ratePercent: string | null): string {
  if (ratePercent !== null) return `VAT ${ratePercent}%`;
  return name ?? 'VAT';
}

function formatDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

function document(title: string, body: SafeHtml, head: SafeHtml | string = ''): string {
  return `<!doctype html>
${html`<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    ${head}
    <title>${title}</title>
    <style>
      ${STYLE}
    </style>
  </head>
  <body>
    ${body}
  </body>
</html>`}`;
}
