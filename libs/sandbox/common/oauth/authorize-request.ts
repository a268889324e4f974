import type { Response } from 'express';

/** The OAuth 2 authorization request a consent page is shown for and posts back. */
export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  responseType: string;
}

/** A form or query field as a string ('' when missing or repeated). */
export function formField(source: Record<string, unknown>, name: string): string {
  const value = source[name];
  return typeof value === 'string' ? value : '';
}

/** The request read from a query string or a posted form; `defaultScope` when none is asked for. */
export function authorizeRequestFrom(source: Record<string, unknown>, defaultScope = ''): AuthorizeRequest {
  return {
    clientId: formField(source, 'client_id'),
    redirectUri: formField(source, 'redirect_uri'),
    scope: formField(source, 'scope') || defaultScope,
    state: formField(source, 'state'),
    responseType: formField(source, 'response_type'),
  };
}

/** The request as its wire fields, for the consent form's hidden inputs and its approve/decline links. */
export function authorizeFields(request: AuthorizeRequest): Record<string, string> {
  return {
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    state: request.state,
    response_type: request.responseType,
  };
}

/** Redirects back to the client with `params` added to its redirect URI (empty ones left out when `skipEmpty`). */
export function redirectWith(
  res: Response,
  redirectUri: string,
  params: Record<string, string>,
  skipEmpty = false,
): void {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value || !skipEmpty) url.searchParams.set(name, value);
  res.redirect(302, url.toString());
}

/** `decision` from the consent form, or `approve=1` / `decline=1` from a plain GET; '' when undecided. */
export function consentDecision(source: Record<string, unknown>): string {
  if (formField(source, 'decision')) return formField(source, 'decision');
  if (formField(source, 'approve')) return 'approve';
  return formField(source, 'decline') ? 'decline' : '';
}
