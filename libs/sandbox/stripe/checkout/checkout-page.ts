import { escapeHtml } from '../../common/html';
import { page } from '../http/html';
import type { SessionExtra } from '../store/ledger';
import type { CheckoutSession } from '../store/stripe-objects';
import { formatAmount } from './amount-format';

const METHOD_LABELS: Record<string, string> = {
  bacs_debit: 'Bank debit (Bacs, pays later)',
  sepa_debit: 'Bank debit (SEPA, pays later)',
  us_bank_account: 'Bank debit (ACH, pays later)',
};

/**
 * The hosted checkout page as a plain form (no script): business name, the lines and total, a
 * card number, or a delayed bank debit when the session offers one. POSTs to its own URL.
 */
export function checkoutPage(
  action: string,
  businessName: string,
  session: CheckoutSession,
  extra: SessionExtra,
  problem?: string,
): string {
  const total = formatAmount(session.amount_total, session.currency);
  const lines = extra.lineItems
    .map(
      (item) =>
        `<li>${escapeHtml(item.name)}${item.quantity > 1 ? ` × ${item.quantity}` : ''} — ${escapeHtml(formatAmount(item.amount, session.currency))}</li>`,
    )
    .join('');
  const delayed = session.payment_method_types.find((method) => method !== 'card');
  const takesCards = session.payment_method_types.includes('card');
  const methods = [
    takesCards ? `<label><input type="radio" name="method" value="card" checked> Card</label>` : '',
    delayed
      ? `<label><input type="radio" name="method" value="delayed"${takesCards ? '' : ' checked'}> ${escapeHtml(METHOD_LABELS[delayed] ?? delayed)}</label>`
      : '',
  ].join('');
  const back = session.cancel_url ? `<p><a id="back" href="${escapeHtml(session.cancel_url)}">← Back</a></p>` : '';
  return page(
    `Pay ${businessName}`,
    `${back}
    <h1 id="business">${escapeHtml(businessName)}</h1>
    <p>Pay <strong id="amount">${escapeHtml(total)}</strong></p>
    <ul>${lines}</ul>
    ${problem ? `<p class="error" role="alert" id="problem">${escapeHtml(problem)}</p>` : ''}
    <form method="post" action="${escapeHtml(action)}">
      <label for="email">Email</label>
      <input type="email" id="email" name="email" value="${escapeHtml(session.customer_email ?? '')}">
      <label for="name">Name</label>
      <input type="text" id="name" name="name" value="">
      ${methods}
      <label for="card_number">Card number</label>
      <input type="text" id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242">
      <button type="submit" id="pay">Pay ${escapeHtml(total)}</button>
    </form>`,
  );
}

/** What the page shows for a session that can no longer be paid. */
export function closedPage(session: CheckoutSession): string {
  if (session.status === 'expired')
    return page(
      'Session expired',
      '<h1>This checkout session has expired</h1><p id="closed">Go back and try again.</p>',
    );
  return page('Already paid', '<h1>This payment is complete</h1><p id="closed">Nothing more to pay.</p>');
}

export function completePage(session: CheckoutSession): string {
  const text = session.payment_status === 'paid' ? 'Payment successful' : 'Payment processing';
  return page(text, `<h1 id="complete">${text}</h1>`);
}
