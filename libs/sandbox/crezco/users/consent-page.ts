import { escapeHtml, hiddenFields } from '../../common/html';
import { page } from '../http/html';
import { DEFAULT_NEW_USER } from './users';

/**
 * Crezco's onboarding as one form: the business "signs in", names itself, "authorises its bank" and
 * picks a receiving account, then allows or declines the partner. It POSTs back with
 * `decision=approve|decline`; plain HTTP clients may GET the onboarding URL with `approve=1` or
 * `decline=1` added instead.
 */
export function consentPage(action: string, partnerId: string, redirectUri: string): string {
  const hidden = hiddenFields({ partner_id: partnerId, redirect_uri: redirectUri });
  const input = (name: keyof typeof DEFAULT_NEW_USER, label: string, type = 'text') =>
    `<label for="${name}">${label}</label>
      <input type="${type}" id="${name}" name="${name}" value="${escapeHtml(DEFAULT_NEW_USER[name])}">`;
  return page(
    'Connect to Crezco',
    `<h1>${escapeHtml(partnerId)} would like to collect payments through your Crezco account</h1>
    <p>Payments will go to your default receiving account.</p>
    <form method="post" action="${escapeHtml(action)}">
      ${hidden}
      ${input('displayName', 'Business name')}
      ${input('firstName', 'First name')}
      ${input('lastName', 'Last name')}
      ${input('eMail', 'Email', 'email')}
      <label for="account">Receiving account</label>
      <select id="account" name="account"><option value="yapily-mock-current">Yapily Mock — Current account 12345678</option></select>
      <button type="submit" name="decision" value="approve" id="approve">Allow</button>
      <button type="submit" name="decision" value="decline" id="decline">Decline</button>
    </form>`,
  );
}
