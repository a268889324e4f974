import { parseQuickBooksJson } from './quickbooks-json';

/** Enough customers that the page is parsed entity by entity (over 64 KiB). */
const CUSTOMERS = 300;

function customer(index: number): Record<string, unknown> {
  return {
    Id: String(index),
    SyncToken: '0',
    DisplayName: ['Müller & Söhne GmbH', '株式会社さくら', '🍕 Pizza Palace', 'Plain Name'][index % 4] + ` ${index}`,
    Notes: 'Quotes " and \\ backslashes, [brackets], {braces}, commas, and a "quoted, [tricky] {one}"\n',
    PrimaryPhone: { FreeFormNumber: `+44 7700 900${String(index % 1000).padStart(3, '0')}` },
    Balance: index * 1.25,
    Active: index % 7 !== 0,
    ParentRef: index % 5 === 0 ? null : { value: String(index - 1) },
    Tags: [[index], { nested: [index, { deeper: '],' }] }, []],
  };
}

function page(entities: unknown[]): Record<string, unknown> {
  return {
    QueryResponse: { Customer: entities, startPosition: 1, maxResults: entities.length },
    time: '2026-12-03T09:00:00.000-08:00',
  };
}

const customers = Array.from({ length: CUSTOMERS }, (_, index) => customer(index));

/** What parseQuickBooksJson answers for the text, in JSON (key order included), or the error it throws. */
function outcomeOf(parse: (bytes: Buffer) => unknown, text: string): string {
  try {
    return JSON.stringify(parse(Buffer.from(text)));
  } catch (error) {
    return error instanceof SyntaxError ? 'SyntaxError' : `unexpected ${String(error)}`;
  }
}

const jsonParse = (bytes: Buffer): unknown => JSON.parse(bytes.toString('utf8'));

function expectAsJsonParse(text: string): void {
  expect(outcomeOf(parseQuickBooksJson, text)).toBe(outcomeOf(jsonParse, text));
}

describe('parseQuickBooksJson', () => {
  it('parses a query page as JSON.parse does, keys in the same order', () => {
    const text = JSON.stringify(page(customers));
    expect(Buffer.byteLength(text)).toBeGreaterThan(64 * 1024);
    expect(parseQuickBooksJson(Buffer.from(text))).toEqual(JSON.parse(text));
    expectAsJsonParse(text);
  });

  it('never makes one string of a whole page (with quotes, backslashes and brackets in its strings)', () => {
    const text = JSON.stringify(page(customers));
    const parse = jest.spyOn(JSON, 'parse');
    try {
      parseQuickBooksJson(Buffer.from(text));
      const longest = Math.max(...parse.mock.calls.map(([parsed]) => parsed.length));
      expect(parse.mock.calls.length).toBeGreaterThan(CUSTOMERS);
      expect(longest).toBeLessThan(2_000);
    } finally {
      parse.mockRestore();
    }
  });

  it('parses a page written with whitespace between its tokens', () => {
    expectAsJsonParse(JSON.stringify(page(customers), null, 2));
    expectAsJsonParse(`\r\n ${JSON.stringify(page(customers), null, '\t')} \n`);
  });

  it('parses a page of no entities, padded past the size it splits from', () => {
    const text = `{"QueryResponse":{"Customer":[${' '.repeat(70_000)}],"startPosition":1,"maxResults":0}}`;
    expect(parseQuickBooksJson(Buffer.from(text))).toEqual({
      QueryResponse: { Customer: [], startPosition: 1, maxResults: 0 },
    });
  });

  it('parses a page naming its entity key twice as JSON.parse does: the last one counts', () => {
    const body = JSON.stringify(customers);
    expectAsJsonParse(`{"QueryResponse":{"Customer":${body},"Customer":[1,2]}}`);
  });

  it('parses answers of other shapes whole', () => {
    expectAsJsonParse(JSON.stringify({ Customer: customers[1], time: 'now' }));
    expectAsJsonParse(JSON.stringify({ CDCResponse: [{ QueryResponse: [{ Customer: customers }] }] }));
    expectAsJsonParse(JSON.stringify({ QueryResponse: { totalCount: 10_000 } }));
    expectAsJsonParse(JSON.stringify([page(customers)]));
  });

  it.each([
    ['a trailing comma', (entities: string) => entities.replace(/\]$/, ',]')],
    ['a leading comma', (entities: string) => entities.replace(/^\[/, '[,')],
    ['two commas', (entities: string) => entities.replace('},{', '},,{')],
    ['no comma', (entities: string) => entities.replace('},{', '}{')],
    ['a brace closing the array', (entities: string) => entities.replace(/\]$/, '}')],
    ['an unclosed string', (entities: string) => entities.replace(/\]$/, ',"open]')],
    ['a space JSON does not allow', () => `[\u00a0${' '.repeat(70_000)}]`],
  ])('throws a SyntaxError, as JSON.parse does, for a page with %s', (_, spoil) => {
    const entities = spoil(JSON.stringify(customers));
    const text = `{"QueryResponse":{"Customer":${entities},"startPosition":1}}`;
    expect(outcomeOf(parseQuickBooksJson, text)).toBe('SyntaxError');
    expectAsJsonParse(text);
  });

  it('throws a SyntaxError for a page cut short, wherever it is cut', () => {
    const text = JSON.stringify(page(customers));
    for (const length of [70_000, text.length - 60, text.length - 1]) {
      expect(outcomeOf(parseQuickBooksJson, text.slice(0, length))).toBe('SyntaxError');
    }
  });

  it('agrees with JSON.parse on pages spoiled at random by one character removed, doubled or replaced', () => {
    const text = JSON.stringify(page(customers.slice(0, 150)));
    const structural = ['"', '\\', ',', '[', ']', '{', '}', ' ', 'x'];
    let seed = 42;
    const random = (below: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    for (let round = 0; round < 300; round += 1) {
      const at = random(text.length);
      const spoiled = [
        text.slice(0, at) + text.slice(at + 1),
        text.slice(0, at) + text[at] + text.slice(at),
        text.slice(0, at) + structural[random(structural.length)] + text.slice(at + 1),
      ][round % 3];
      expectAsJsonParse(spoiled);
    }
  });
});
