/** Below this an answer is parsed whole: a query page of a thousand entities is ten to thirty times larger. */
const PAGE_BYTES = 64 * 1024;

/** `{"QueryResponse":{"Customer":[`, with any whitespace JSON allows, read as Latin-1 (a byte a character). */
const QUERY_PAGE_START =
  /^[ \t\n\r]*\{[ \t\n\r]*"QueryResponse"[ \t\n\r]*:[ \t\n\r]*\{[ \t\n\r]*"([A-Za-z]+)"[ \t\n\r]*:[ \t\n\r]*\[/;
const JSON_WHITESPACE = /^[ \t\n\r]*$/;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * An answer's JSON from its bytes, as `JSON.parse` of its UTF-8 text makes it (a SyntaxError for
 * what is not JSON). A query's page of a thousand entities is one to two megabytes; decoded whole
 * it is one string of that size, two bytes a character once one name is not Latin-1, which V8 makes
 * outside its young generation, and which Node.js 20 took longer to decode than JSON.parse took to
 * read. Its entities are decoded and parsed one at a time instead, each a small string that dies
 * young, and the few fields around them on their own. An answer of any other shape, or one this
 * split does not follow, is parsed whole.
 */
export function parseQuickBooksJson(bytes: Buffer): unknown {
  if (bytes.length >= PAGE_BYTES) {
    const page = queryPageOf(bytes);
    if (page !== undefined) return page;
  }
  return JSON.parse(bytes.toString('utf8'));
}

/** The query page the bytes hold, parsed entity by entity; undefined when they are not one. */
function queryPageOf(bytes: Buffer): unknown {
  const start = QUERY_PAGE_START.exec(bytes.toString('latin1', 0, 128));
  if (!start) return undefined;
  const [opening, entity] = start;
  try {
    const { entities, end } = arrayElementsFrom(bytes, opening.length);
    const closing = bytes.toString('utf8', end);
    // The same key again would replace the entities in JSON.parse's answer: left to JSON.parse.
    if (closing.includes(`"${entity}"`)) return undefined;
    const page = JSON.parse(`${opening}${closing}`) as { QueryResponse: Record<string, unknown> };
    page.QueryResponse[entity] = entities;
    return page;
  } catch {
    return undefined;
  }
}

/**
 * The elements of the array whose first element starts at `from`, each parsed from its own bytes,
 * and where the array's closing bracket is. Elements end at a comma or the closing bracket outside
 * any string or nested value; JSON's structural characters are ASCII, never part of a multi-byte
 * character, and every element must parse on its own, so a split that went wrong throws.
 */
function arrayElementsFrom(bytes: Buffer, from: number): { entities: unknown[]; end: number } {
  const entities: unknown[] = [];
  let depth = 0;
  let elementStart = from;
  for (let at = from; at < bytes.length; at += 1) {
    const byte = bytes[at];
    if (byte === QUOTE) at = closingQuote(bytes, at);
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
    else if (depth > 0 && (byte === CLOSE_BRACE || byte === CLOSE_BRACKET)) depth -= 1;
    else if (depth === 0 && byte === COMMA) {
      entities.push(JSON.parse(bytes.toString('utf8', elementStart, at)));
      elementStart = at + 1;
    } else if (depth === 0 && byte === CLOSE_BRACKET) {
      const last = bytes.toString('utf8', elementStart, at);
      if (entities.length > 0 || !JSON_WHITESPACE.test(last)) entities.push(JSON.parse(last));
      return { entities, end: at };
    } else if (depth === 0 && byte === CLOSE_BRACE) {
      throw new SyntaxError('A brace closes the array');
    }
  }
  throw new SyntaxError('The array does not end');
}

/** Where the string opened at `at` closes (past the end when it does not). */
function closingQuote(bytes: Buffer, at: number): number {
  for (let next = at + 1; next < bytes.length; next += 1) {
    const byte = bytes[next];
    if (byte === BACKSLASH) next += 1;
    else if (byte === QUOTE) return next;
  }
  return bytes.length;
}
