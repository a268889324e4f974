import { crezcoOutcome, type CrezcoBank, type CrezcoPayDemand } from '../../../crezco';
import { escapeHtml } from '../../common/html';
import { page } from '../http/html';

export function displayAmount(amount: string, currency: string): string {
  return currency === 'GBP' ? `£${amount}` : `${amount} ${currency}`;
}

function details(demand: CrezcoPayDemand): string {
  return `<dl>
      <dt>Pay</dt><dd id="payee">${escapeHtml(demand.payeeName)}</dd>
      <dt>Amount</dt><dd id="amount">${escapeHtml(displayAmount(demand.amount, demand.currency))}</dd>
      <dt>Reference</dt><dd id="reference">${escapeHtml(demand.reference)}</dd>
    </dl>`;
}

/** Details check and bank selection in one form: Continue to bank (with a bank) or Cancel. */
export function bankSelectionPage(
  action: string,
  demand: CrezcoPayDemand,
  banks: CrezcoBank[],
  error?: string,
): string {
  const options = banks
    .map(
      (bank, i) =>
        `<option value="${escapeHtml(bank.id)}"${i === 0 ? ' selected' : ''}>${escapeHtml(bank.name)}</option>`,
    )
    .join('');
  const alert = error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '';
  return page(
    `Pay ${demand.payeeName}`,
    `<h1>Pay ${escapeHtml(demand.payeeName)} by bank</h1>
    ${details(demand)}
    ${alert}
    <form method="post" action="${escapeHtml(action)}">
      <label for="bank">Choose your bank</label>
      <select id="bank" name="bank">${options}</select>
      <button type="submit" name="decision" value="continue" id="continue">Continue to bank</button>
      <button type="submit" name="decision" value="cancel" id="cancel">Cancel</button>
    </form>`,
  );
}

/** The mock bank app: the payer approves or not; the other buttons play the bank's own failures. */
export function bankPage(action: string, bank: CrezcoBank, demand: CrezcoPayDemand): string {
  const button = (decision: string, label: string) =>
    `<button type="submit" name="decision" value="${decision}" id="${decision}">${label}</button>`;
  return page(
    bank.name,
    `<h1>${escapeHtml(bank.name)}</h1>
    <p>No login needed in the sandbox. Approve this payment?</p>
    ${details(demand)}
    <form method="post" action="${escapeHtml(action)}">
      ${button('approve', 'Approve payment')}
      ${button('cancel', 'Cancel')}
      <fieldset><legend>Make the bank fail it</legend>
        ${button('fail', 'Login fails (Failed)')}
        ${button('deny', 'Bank rejects the details (Denied)')}
        ${button('decline', 'Bank declines (Declined)')}
      </fieldset>
    </form>`,
  );
}

/** The payment's status; reloads itself until it is final. */
export function statusPage(demand: CrezcoPayDemand, code: string, completedCode: string, retryUrl?: string): string {
  const outcome = crezcoOutcome(code, completedCode);
  const headline = {
    paid: 'Payment complete',
    processing: 'Payment authorised: your bank is processing it',
    pending: 'Waiting for your bank',
    failed: 'The payment did not go through',
  }[outcome];
  const retry =
    outcome === 'failed' && retryUrl ? `<p><a id="retry" href="${escapeHtml(retryUrl)}">Try again</a></p>` : '';
  return page(
    headline,
    `<h1>${escapeHtml(headline)}</h1>
    ${details(demand)}
    <p>Status: <strong id="status">${escapeHtml(code)}</strong></p>
    ${retry}`,
    outcome === 'paid' || outcome === 'failed' ? undefined : 2,
  );
}
