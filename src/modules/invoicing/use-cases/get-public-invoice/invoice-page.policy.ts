/**
 * The invoice page's Content-Security-Policy: helmet's defaults, except where its pay form may go.
 * The form posts to Settle, which answers with a redirect to the provider's checkout (Stripe's
 * page, Crezco's, then the payer's bank); browsers hold the whole redirect chain to form-action,
 * and those origins are the providers' to choose, so any https origin may end it. Settle served
 * over plain http (sandbox mode, development) talks to local providers over http, so then http
 * is allowed too. The page shows no content a stranger wrote, so the form cannot be aimed elsewhere.
 */
export function invoicePagePolicy(publicUrl: string): string {
  const insecure = publicUrl.startsWith('http://');
  return [
    "default-src 'self'",
    "base-uri 'self'",
    "font-src 'self' https: data:",
    `form-action 'self' https:${insecure ? ' http:' : ''}`,
    "frame-ancestors 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "script-src 'self'",
    "script-src-attr 'none'",
    "style-src 'self' https: 'unsafe-inline'",
    ...(insecure ? [] : ['upgrade-insecure-requests']),
  ].join(';');
}
