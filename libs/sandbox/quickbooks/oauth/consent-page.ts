import { escapeHtml, hiddenFields } from '../../common/html';
import { authorizeFields, type AuthorizeRequest } from '../../common/oauth/authorize-request';
import type { Company } from '../store/company';

/**
 * The consent page: a form that POSTs back to the same URL with the request's parameters, the
 * chosen realmId and `decision=approve` or `decision=decline`. Plain HTTP clients may instead GET
 * the authorize URL with `approve=1` (or `decline=1`) added, which is what the links do.
 */
export function consentPage(action: string, params: AuthorizeRequest, companies: Company[], selected: string): string {
  const hidden = hiddenFields(authorizeFields(params), '\n      ');
  const options = companies
    .map((c) => {
      const isSelected = c.realmId === selected ? ' selected' : '';
      return `<option value="${escapeHtml(c.realmId)}"${isSelected}>${escapeHtml(c.companyInfo.CompanyName)} (${escapeHtml(c.realmId)})</option>`;
    })
    .join('');
  const chosen = companies.find((c) => c.realmId === selected) ?? companies[0];
  const link = (flag: string) => {
    const query = new URLSearchParams({
      ...authorizeFields(params),
      realmId: chosen.realmId,
      [flag]: '1',
    });
    return escapeHtml(`${action}?${query.toString()}`);
  };
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Connect to QuickBooks (sandbox)</title></head>
  <body>
    <h1>Connect ${escapeHtml(chosen.companyInfo.CompanyName)} to your app</h1>
    <p>The app <code>${escapeHtml(params.clientId)}</code> asks for: <code>${escapeHtml(params.scope)}</code></p>
    <form method="post" action="${escapeHtml(action)}">
      ${hidden}
      <label>Company <select name="realmId">${options}</select></label>
      <button type="submit" name="decision" value="approve" id="approve">Connect</button>
      <button type="submit" name="decision" value="decline" id="decline">Cancel</button>
    </form>
    <p><a id="approve-link" href="${link('approve')}">Connect ${escapeHtml(chosen.companyInfo.CompanyName)}</a>
       · <a id="decline-link" href="${link('decline')}">Cancel</a></p>
  </body>
</html>`;
}

export function errorPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error</title></head><body><h1>Something went wrong</h1><p>${escapeHtml(message)}</p></body></html>`;
}
