import { escapeHtml, hiddenFields } from '../../common/html';
import { authorizeFields, type AuthorizeRequest } from '../../common/oauth/authorize-request';
import { page } from '../http/html';
import type { AccountRecord, NewAccountSettings } from '../store/accounts';

/**
 * Stripe's Connect consent page, as a plain form: choose an account you already connected (or a
 * new one with its name, country, currency and whether it can take charges), then Connect or Deny.
 * It POSTs back with `decision=approve|decline`; plain HTTP clients may GET the authorize URL with
 * `approve=1` or `decline=1` added instead.
 */
export function consentPage(
  action: string,
  platformName: string,
  params: AuthorizeRequest,
  accounts: AccountRecord[],
  defaults: NewAccountSettings,
): string {
  const hidden = hiddenFields(authorizeFields(params), '\n        ');
  const options = [
    `<option value="new" selected>Create a new account</option>`,
    ...accounts.map(
      (record) =>
        `<option value="${escapeHtml(record.account.id)}">${escapeHtml(record.account.business_profile.name)} (${escapeHtml(record.account.id)})</option>`,
    ),
  ].join('');
  const query = (flag: string) =>
    escapeHtml(
      `${action}?${new URLSearchParams({
        ...authorizeFields(params),
        [flag]: '1',
      }).toString()}`,
    );
  const charges = (value: boolean, label: string) =>
    `<option value="${value}"${defaults.chargesEnabled === value ? ' selected' : ''}>${label}</option>`;
  return page(
    `Connect with ${platformName}`,
    `<h1>${escapeHtml(platformName)} would like to connect to your Stripe account</h1>
    <p>Access requested: <code>${escapeHtml(params.scope)}</code></p>
    <form method="post" action="${escapeHtml(action)}">
        ${hidden}
      <label for="account">Account</label>
      <select id="account" name="account">${options}</select>
      <label for="business_name">Business name (new account)</label>
      <input type="text" id="business_name" name="business_name" value="${escapeHtml(defaults.businessName)}">
      <label for="country">Country</label>
      <input type="text" id="country" name="country" value="${escapeHtml(defaults.country)}">
      <label for="default_currency">Default currency</label>
      <input type="text" id="default_currency" name="default_currency" value="${escapeHtml(defaults.defaultCurrency)}">
      <label for="email">Email</label>
      <input type="email" id="email" name="email" value="${escapeHtml(defaults.email ?? '')}">
      <label for="charges_enabled">Can take charges</label>
      <select id="charges_enabled" name="charges_enabled">${charges(true, 'Yes')}${charges(false, 'No (charges_enabled false)')}</select>
      <button type="submit" name="decision" value="approve" id="approve">Connect my Stripe account</button>
      <button type="submit" name="decision" value="decline" id="decline">Deny access</button>
    </form>
    <p><a id="approve-link" href="${query('approve')}">Connect a new account</a> · <a id="decline-link" href="${query('decline')}">Deny</a></p>`,
  );
}
