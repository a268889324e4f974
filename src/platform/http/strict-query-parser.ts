import { parse, type ParsedUrlQuery } from 'node:querystring';

/**
 * Express's simple query parser, refusing what does not decode to UTF-8 (`%FF`, an unpaired
 * surrogate's bytes `%ED%A0%80`) instead of turning it silently into U+FFFD: a 400, like a path
 * that does not decode.
 */
export function parseQueryStrictly(query: string | null): ParsedUrlQuery {
  if (!query) return {};
  for (const part of query.split(/[&=]/)) {
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      throw Object.assign(new URIError('The query string is not valid percent-encoded UTF-8'), { status: 400 });
    }
  }
  return parse(query);
}
