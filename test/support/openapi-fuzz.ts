import fc from 'fast-check';
import type { OutgoingHttpHeaders } from 'node:http';
import { Client } from 'pg';
import { rawRequest, type RawAnswer } from './raw-http';
import type { TestApp } from './test-app';

/** The parts of an OpenAPI 3 document the fuzzer reads. */
export interface Schema {
  type?: string;
  enum?: unknown[];
  nullable?: boolean;
  example?: unknown;
  default?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  $ref?: string;
}

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, Schema> };
}

/** One place a value goes: a path or query parameter, or a body field (a dotted path, `billingAddress.city`). */
export interface Field {
  location: 'path' | 'query' | 'body';
  name: string;
  schema: Schema;
}

export interface Operation {
  method: string;
  path: string;
  authenticated: boolean;
  fields: Field[];
  /** A valid body made of the document's examples, so that only the fuzzed field is wrong. */
  exampleBody?: Record<string, unknown>;
  /** The body's objects, as paths (`''` for the body itself): where a reserved key can be slipped in. */
  bodyObjects: string[];
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').pop() as string]);
    if (schema.allOf?.length === 1) return { ...resolve(schema.allOf[0]), nullable: schema.nullable };
    return schema;
  };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const fields: Field[] = (operation.parameters ?? [])
        .filter((parameter) => parameter.in === 'path' || parameter.in === 'query')
        .map((parameter) => ({
          location: parameter.in as 'path' | 'query',
          name: parameter.name,
          schema: parameter.schema ?? {},
        }));
      const bodySchema = operation.requestBody?.content['application/json']?.schema;
      const bodyObjects: string[] = [];
      let exampleBody: Record<string, unknown> | undefined;
      if (bodySchema) {
        const walk = (schema: Schema, prefix: string): Record<string, unknown> => {
          bodyObjects.push(prefix);
          const example: Record<string, unknown> = {};
          for (const [name, property] of Object.entries(schema.properties ?? {})) {
            const resolved = resolve(property);
            const fieldName = prefix ? `${prefix}.${name}` : name;
            if (resolved.type === 'object' && resolved.properties) {
              example[name] = walk(resolved, fieldName);
            } else {
              fields.push({ location: 'body', name: fieldName, schema: resolved });
              example[name] = resolved.example ?? resolved.default ?? resolved.enum?.[0];
            }
          }
          return example;
        };
        exampleBody = walk(resolve(bodySchema), '');
      }
      operations.push({
        method: method.toUpperCase(),
        path,
        authenticated: (operation.security ?? []).length > 0,
        fields,
        exampleBody,
        bodyObjects,
      });
    }
  }
  return operations;
}

/** A bad value: JSON (or, for `rawJson`, JSON text spliced into the body as it is) or a query/path text. */
export type BadValue = { json: unknown } | { rawJson: string } | { text: string } | { encodedText: string };

export interface FieldClass {
  name: string;
  appliesTo(field: Field): boolean;
  values(field: Field): fc.Arbitrary<BadValue>;
}

const CONTROL_CHARACTERS = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x09, 0x0a, 0x0d].includes(code)),
  0x7f,
  0x85,
  0x9f,
].map((code) => String.fromCharCode(code));

const around = (inner: fc.Arbitrary<string>) =>
  fc.tuple(fc.string({ maxLength: 6 }), inner, fc.string({ maxLength: 6 })).map((parts) => parts.join(''));

/** Fields marked @MultiLineText: the invoice message, a text to a contact, a template's body. */
const MULTI_LINE_FIELDS = ['message', 'text', 'body'];

const isString = (field: Field) => field.schema.type === 'string' || field.schema.type === undefined;

export const FIELD_CLASSES: FieldClass[] = [
  {
    name: 'control character',
    appliesTo: () => true,
    values: (field) =>
      around(fc.constantFrom(...CONTROL_CHARACTERS)).map((text) =>
        field.location === 'body' ? { json: text } : { text },
      ),
  },
  {
    name: 'lone surrogate',
    appliesTo: () => true,
    values: (field) =>
      fc.integer({ min: 0xd800, max: 0xdfff }).chain<BadValue>((code) =>
        field.location === 'body'
          ? around(fc.constant(String.fromCharCode(code))).map((json) => ({ json }))
          : // UTF-8 cannot carry a surrogate: this is the byte sequence an unpaired one would be (WTF-8).
            fc.constant({ encodedText: encodeURIComponentWtf8(code) }),
      ),
  },
  {
    name: 'line break in one-line text',
    appliesTo: (field) => isString(field) && !field.schema.enum && !MULTI_LINE_FIELDS.includes(field.name),
    values: (field) =>
      around(fc.constantFrom('\n', '\r\n', '\t', '\u2028')).map((text) =>
        field.location === 'body' ? { json: text } : { text },
      ),
  },
  {
    name: 'explicit null',
    appliesTo: (field) => field.location === 'body' && field.schema.nullable !== true,
    values: () => fc.constant({ json: null }),
  },
  {
    name: 'wrong type',
    appliesTo: (field) => field.location === 'body',
    values: (field) =>
      fc
        .oneof(
          fc.integer(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.boolean(),
          fc.string({ maxLength: 8 }),
          fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
          fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
        )
        .filter((value) => !isOfType(value, field.schema))
        .map((json) => ({ json })),
  },
  {
    name: 'repeated parameter',
    appliesTo: (field) => field.location === 'query',
    values: () => fc.constant({ text: 'repeated' }),
  },
  {
    name: 'deep nesting',
    appliesTo: (field) => field.location === 'body',
    values: () =>
      fc
        .tuple(fc.integer({ min: 40, max: 20_000 }), fc.constantFrom('[', '{"a":'))
        .map(([levels, open]) => ({ rawJson: open.repeat(levels) + '1' + (open === '[' ? ']' : '}').repeat(levels) })),
  },
  {
    name: 'oversized text',
    appliesTo: (field) => field.location !== 'path',
    values: (field) =>
      fc
        .integer({ min: 5_000, max: 60_000 })
        .map((length) => 'x'.repeat(length))
        .map((text) => (field.location === 'body' ? { json: text } : { text })),
  },
  {
    name: 'malformed percent-encoding',
    appliesTo: (field) => field.location === 'path',
    values: () => fc.constantFrom('%E0%A4%A', '%FF', '%', '%C0%80').map((encodedText) => ({ encodedText })),
  },
  {
    name: 'tampered cursor',
    appliesTo: (field) => field.name === 'cursor',
    values: () =>
      fc
        .tuple(
          fc.constantFrom('txnDate', '-txnDate', 'total', '-total', 'balance', '-balance', 'name', 42),
          fc.oneof(
            fc.constantFrom('9999999999999999999', '-9999999999999999999', '2025-13-45', '2025-02-30', '0000-01-01'),
            fc.bigInt({ min: 2n ** 63n, max: 10n ** 19n - 1n }).map(String),
            fc.string({ maxLength: 12 }),
          ),
          fc.constantFrom('0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a20', 'not-an-id', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
        )
        .map((parts) => ({ text: Buffer.from(JSON.stringify(parts)).toString('base64url') })),
  },
];

function isOfType(value: unknown, schema: Schema): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' && (!schema.enum || schema.enum.includes(value));
    case 'number':
    case 'integer':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    default:
      return false;
  }
}

function encodeURIComponentWtf8(code: number): string {
  const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
}

/** Bad input about a request as a whole: how its body is encoded, how big its headers are. */
export interface RequestClass {
  name: string;
  appliesTo(operation: Operation): boolean;
  requests(
    operation: Operation,
  ): fc.Arbitrary<{ headers: OutgoingHttpHeaders; body?: string | Buffer; query?: string }>;
}

const JSON_TYPE = { 'Content-Type': 'application/json' };

export const REQUEST_CLASSES: RequestClass[] = [
  {
    name: 'unsupported charset',
    appliesTo: () => true,
    requests: () =>
      fc.constantFrom('utf-16', 'klingon', 'latin1', 'utf-32le').map((charset) => ({
        headers: { 'Content-Type': `application/json; charset=${charset}` },
        body: '{}',
      })),
  },
  {
    name: 'unknown content encoding',
    appliesTo: () => true,
    requests: () =>
      fc.constantFrom('compress', 'zstd', 'x-klingon', 'gzip, rot13').map((encoding) => ({
        headers: { ...JSON_TYPE, 'Content-Encoding': encoding },
        body: '{}',
      })),
  },
  {
    name: 'lying content encoding',
    appliesTo: () => true,
    requests: () =>
      fc.tuple(fc.constantFrom('gzip', 'deflate', 'br'), fc.string({ maxLength: 20 })).map(([encoding, text]) => ({
        headers: { ...JSON_TYPE, 'Content-Encoding': encoding },
        body: `{"a":${JSON.stringify(text)}}`,
      })),
  },
  {
    name: 'malformed JSON',
    appliesTo: () => true,
    requests: () =>
      fc.constantFrom('{', '{"a":', '[1,]', "{'a':1}", '{"a":1}}', 'nul').map((body) => ({ headers: JSON_TYPE, body })),
  },
  {
    name: 'oversized headers',
    appliesTo: () => true,
    requests: () =>
      fc.integer({ min: 17_000, max: 60_000 }).map((size) => ({ headers: { 'X-Filler': 'a'.repeat(size) } })),
  },
  {
    name: 'reserved key',
    appliesTo: (operation) => operation.bodyObjects.length > 0 || operation.fields.some((f) => f.location === 'query'),
    requests: (operation) =>
      fc
        .tuple(
          fc.constantFrom('__proto__', 'constructor', 'prototype'),
          fc.constantFrom(
            ...operation.bodyObjects,
            ...(operation.fields.some((f) => f.location === 'query') ? ['?'] : []),
          ),
        )
        .map(([key, where]) => {
          if (where === '?' || !operation.exampleBody) return { headers: {}, query: `${key}=1` };
          const body = structuredClone(operation.exampleBody);
          const target = where === '' ? body : (pathGet(body, where) as Record<string, unknown>);
          target[PLACEHOLDER] = 1;
          // Spliced as text: JSON.parse then makes "__proto__" an own key, as a caller's body arrives.
          const text = JSON.stringify(body).replace(
            `${JSON.stringify(PLACEHOLDER)}:1`,
            () => `"${key}":{"isAdmin":true}`,
          );
          return { headers: JSON_TYPE, body: text };
        }),
  },
];

function pathGet(value: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

const PLACEHOLDER = '\u0001fuzzed\u0001';

/** Puts a bad value in its field, the rest of the request valid, and sends it. */
export function sendWithBadField(
  app: TestApp,
  operation: Operation,
  pathValues: Record<string, string>,
  field: Field,
  bad: BadValue,
  headers: OutgoingHttpHeaders,
): Promise<RawAnswer> {
  const encode = (value: BadValue): string => {
    if ('encodedText' in value) return value.encodedText;
    if ('text' in value) return encodeURIComponent(value.text);
    throw new Error(`${field.name} is a parameter: its bad values are text`);
  };
  let path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    field.location === 'path' && field.name === name ? encode(bad) : encodeURIComponent(pathValues[name]),
  );
  if (field.location === 'query') {
    const value = encode(bad);
    path += 'text' in bad && bad.text === 'repeated' ? `?${field.name}=1&${field.name}=2` : `?${field.name}=${value}`;
  }
  let body: string | undefined;
  if (operation.exampleBody) {
    const example = structuredClone(operation.exampleBody);
    if (field.location === 'body') setPath(example, field.name, PLACEHOLDER);
    body = JSON.stringify(example).replace(JSON.stringify(PLACEHOLDER), () =>
      'rawJson' in bad ? bad.rawJson : JSON.stringify((bad as { json: unknown }).json),
    );
  }
  return rawRequest(app, {
    method: operation.method,
    path,
    headers: body === undefined ? headers : { ...headers, ...JSON_TYPE },
    body,
  });
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const parent = keys
    .slice(0, -1)
    .reduce<Record<string, unknown>>((node, key) => (node[key] ??= {}) as Record<string, unknown>, target);
  parent[keys[keys.length - 1]] = value;
}

/** Rows in every table of the test database, to show that a run of bad requests stored nothing. */
export async function rowCounts(databaseUrl: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `select quote_ident(table_schema) || '.' || quote_ident(table_name) as name from information_schema.tables
       where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ count: string }>(`select count(*) from ${name}`);
      counts[name] = Number(rows[0].count);
    }
    return counts;
  } finally {
    await client.end();
  }
}

const CLASS_NAME = /\b[A-Z][A-Za-z]*(Exception|Error)\b/;
const STACK = /\n\s+at\s|\.(ts|js):\d+/;
const SQL =
  /\b(select .* from|insert into|delete from|update \S+ set)\b|violates|relation "|syntax error at or near|\bpg_/i;

/** Why an answer to bad input is not the 4xx problem+json it should be, or undefined if it is. */
export function problemWith(answer: RawAnswer): string | undefined {
  if (answer.status < 400 || answer.status > 499) return `status ${answer.status}`;
  if (!/^application\/problem\+json/.test(String(answer.headers['content-type']))) {
    return `content type ${answer.headers['content-type']}`;
  }
  let body: { requestId?: unknown };
  try {
    body = JSON.parse(answer.body);
  } catch {
    return 'a body that is not JSON';
  }
  if (typeof body.requestId !== 'string' || body.requestId === '') return 'no request id';
  for (const [leak, pattern] of [
    ['a class name', CLASS_NAME],
    ['a stack', STACK],
    ['SQL', SQL],
  ] as const) {
    if (pattern.test(answer.body)) return `${leak} in ${answer.body.slice(0, 300)}`;
  }
  return undefined;
}
