import { faults } from '../faults';

export type TokenKind = 'word' | 'string' | 'number' | 'symbol' | 'operator' | 'end';

export interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based column, as QuickBooks' parser reports it. */
  column: number;
}

const WORD = /[A-Za-z_][A-Za-z0-9_.]*/y;
const NUMBER = /-?\d+(\.\d+)?/y;
const OPERATOR = /<=|>=|=|<|>/y;

/** Splits a query into tokens; strings are single-quoted with `\'` as the escape QuickBooks uses. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const column = i + 1;
    if (ch === "'") {
      let text = '';
      let j = i + 1;
      for (; j < query.length && query[j] !== "'"; j += 1) {
        if (query[j] === '\\' && j + 1 < query.length) j += 1;
        text += query[j];
      }
      if (j >= query.length)
        throw faults.queryParser(`Lexical error at line 1, column ${column}.  Unterminated string.`);
      tokens.push({ kind: 'string', text, column });
      i = j + 1;
      continue;
    }
    if ('*(),'.includes(ch)) {
      tokens.push({ kind: 'symbol', text: ch, column });
      i += 1;
      continue;
    }
    const match = matchAt(OPERATOR, query, i) ?? matchAt(NUMBER, query, i);
    if (match !== undefined) {
      tokens.push({ kind: /[<>=]/.test(match) ? 'operator' : 'number', text: match, column });
      i += match.length;
      continue;
    }
    const word = matchAt(WORD, query, i);
    if (word === undefined) {
      throw faults.queryParser(`Lexical error at line 1, column ${column}.  Encountered: "${ch}"`);
    }
    tokens.push({ kind: 'word', text: word, column });
    i += word.length;
  }
  tokens.push({ kind: 'end', text: '<EOF>', column: query.length + 1 });
  return tokens;
}

function matchAt(pattern: RegExp, text: string, index: number): string | undefined {
  pattern.lastIndex = index;
  return pattern.exec(text)?.[0];
}
