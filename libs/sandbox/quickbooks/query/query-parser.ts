import { faults } from '../faults';
import type { Condition, Literal, OrderBy, SelectQuery } from './query-ast';
import { tokenize, type Token } from './query-lexer';

const KEYWORDS = new Set([
  'select',
  'from',
  'where',
  'and',
  'orderby',
  'order',
  'by',
  'asc',
  'desc',
  'startposition',
  'maxresults',
  'in',
  'like',
  'count',
]);

/**
 * Parses the subset of QuickBooks' query language Settle relies on:
 * `SELECT * | COUNT(*) | f1, f2 FROM Entity [WHERE c AND c ...] [ORDERBY f [ASC|DESC], ...]
 * [STARTPOSITION n] [MAXRESULTS n]`, keywords in any case. OR, NOT and joins do not exist in
 * QuickBooks either.
 */
export function parseQuery(query: string): SelectQuery {
  return new Parser(tokenize(query)).parse();
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): SelectQuery {
    this.keyword('select');
    const projection = this.projection();
    this.keyword('from');
    const entity = this.identifier();
    const query: SelectQuery = { projection, entity, where: [], orderBy: [] };
    if (this.acceptKeyword('where')) {
      query.where.push(this.condition());
      while (this.acceptKeyword('and')) query.where.push(this.condition());
    }
    if (this.acceptKeyword('orderby') || (this.acceptKeyword('order') && this.keyword('by'))) {
      query.orderBy.push(this.orderBy());
      while (this.acceptSymbol(',')) query.orderBy.push(this.orderBy());
    }
    for (;;) {
      if (query.startPosition === undefined && this.acceptKeyword('startposition'))
        query.startPosition = this.integer();
      else if (query.maxResults === undefined && this.acceptKeyword('maxresults')) query.maxResults = this.integer();
      else break;
    }
    if (this.peek().kind !== 'end') this.fail();
    return query;
  }

  private projection(): SelectQuery['projection'] {
    if (this.acceptSymbol('*')) return '*';
    if (this.acceptKeyword('count')) {
      this.symbol('(');
      this.symbol('*');
      this.symbol(')');
      return 'count';
    }
    const fields = [this.identifier()];
    while (this.acceptSymbol(',')) fields.push(this.identifier());
    return fields;
  }

  private condition(): Condition {
    const field = this.identifier();
    if (this.acceptKeyword('in')) {
      this.symbol('(');
      const values = [this.literal()];
      while (this.acceptSymbol(',')) values.push(this.literal());
      this.symbol(')');
      return { kind: 'in', field, values };
    }
    if (this.acceptKeyword('like')) {
      const pattern = this.next();
      if (pattern.kind !== 'string') this.fail(pattern);
      return { kind: 'like', field, pattern: pattern.text };
    }
    const op = this.next();
    if (op.kind !== 'operator') this.fail(op);
    return { kind: 'compare', field, op: op.text as '=' | '<' | '>' | '<=' | '>=', value: this.literal() };
  }

  private orderBy(): OrderBy {
    const field = this.identifier();
    if (this.acceptKeyword('desc')) return { field, descending: true };
    this.acceptKeyword('asc');
    return { field, descending: false };
  }

  private literal(): Literal {
    const token = this.next();
    if (token.kind === 'string') return token.text;
    if (token.kind === 'number') return Number(token.text);
    if (token.kind === 'word' && /^(true|false)$/i.test(token.text)) return token.text.toLowerCase() === 'true';
    return this.fail(token);
  }

  private integer(): number {
    const token = this.next();
    const value = token.kind === 'number' || token.kind === 'string' ? Number(token.text) : NaN;
    if (!Number.isInteger(value)) this.fail(token);
    return value;
  }

  private identifier(): string {
    const token = this.next();
    if (token.kind !== 'word' || KEYWORDS.has(token.text.toLowerCase())) this.fail(token);
    return token.text;
  }

  private keyword(word: string): true {
    const token = this.next();
    if (token.kind !== 'word' || token.text.toLowerCase() !== word) this.fail(token);
    return true;
  }

  private acceptKeyword(word: string): boolean {
    const token = this.peek();
    if (token.kind === 'word' && token.text.toLowerCase() === word) {
      this.index += 1;
      return true;
    }
    return false;
  }

  private symbol(text: string): void {
    const token = this.next();
    if (token.kind !== 'symbol' || token.text !== text) this.fail(token);
  }

  private acceptSymbol(text: string): boolean {
    const token = this.peek();
    if (token.kind === 'symbol' && token.text === text) {
      this.index += 1;
      return true;
    }
    return false;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private fail(token: Token = this.peek()): never {
    const shown = token.kind === 'string' ? `'${token.text}'` : token.text;
    throw faults.queryParser(`Encountered " ${shown} " at line 1, column ${token.column}.`);
  }
}
