import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { inspectInput, MAX_INPUT_DEPTH } from './input-inspection';
import { MultiLineText } from './multi-line-text.decorator';

class AddressFixture {
  @ApiProperty({ type: [String] })
  lines!: string[];

  @ApiPropertyOptional({ nullable: true, type: String })
  city?: string | null;
}

class NoteFixture {
  @ApiProperty()
  title!: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @MultiLineText()
  body?: string | null;

  @ApiPropertyOptional()
  pinned?: boolean;

  @ApiPropertyOptional({ type: AddressFixture, nullable: true })
  address?: AddressFixture | null;
}

const body = (value: unknown) => inspectInput({ value, kind: 'body', dto: NoteFixture });

describe('inspectInput', () => {
  it('accepts ordinary input', () => {
    expect(
      body({ title: 'Café ☕ 👍', body: 'two\nlines\tand a tab', address: { lines: ['1 Mill Lane'], city: null } }),
    ).toEqual([]);
  });

  it('refuses control characters anywhere, and line breaks outside multi-line fields', () => {
    expect(body({ title: 'a\u0000b' })).toEqual([
      { field: 'title', message: 'title must not contain control characters' },
    ]);
    expect(body({ title: 'a\u0085' })).toEqual([
      { field: 'title', message: 'title must not contain control characters' },
    ]);
    expect(body({ body: 'a\u001bb' })).toEqual([
      { field: 'body', message: 'body must not contain control characters' },
    ]);
    expect(body({ title: 'a\nb' })).toEqual([
      { field: 'title', message: 'title must be one line, without line breaks or tabs' },
    ]);
    expect(body({ address: { lines: ['ok', 'a\u2028b'] } })).toEqual([
      { field: 'address.lines.1', message: 'address.lines.1 must be one line, without line breaks or tabs' },
    ]);
  });

  it('refuses lone surrogates, in values and in keys', () => {
    expect(body({ title: 'x\ud800' })).toEqual([
      { field: 'title', message: 'title must be well-formed Unicode (it holds a lone surrogate)' },
    ]);
    expect(body({ ['\udfff']: 1 })).toEqual([
      { field: '\udfff', message: 'property \udfff must be well-formed Unicode (it holds a lone surrogate)' },
    ]);
  });

  it('refuses reserved keys at any depth', () => {
    const parsed = JSON.parse('{"__proto__":{"x":1},"address":{"lines":[],"constructor":{}},"prototype":1}');
    expect(new Set(body(parsed))).toEqual(
      new Set([
        { field: '__proto__', message: 'property __proto__ should not exist' },
        { field: 'address.constructor', message: 'property constructor should not exist' },
        { field: 'prototype', message: 'property prototype should not exist' },
      ]),
    );
  });

  it('refuses null where the documented property is not nullable, nested DTOs included', () => {
    expect(body({ title: null, body: null, pinned: null, address: null })).toEqual([
      { field: 'title', message: 'title must not be null' },
      { field: 'pinned', message: 'pinned must not be null' },
    ]);
    expect(body({ address: { lines: null, city: null } })).toEqual([
      { field: 'address.lines', message: 'address.lines must not be null' },
    ]);
  });

  it('refuses nesting deeper than the limit without using the stack, naming the outermost field', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(body({ title: deep })).toEqual([
      { field: 'title', message: `title nests deeper than ${MAX_INPUT_DEPTH} levels` },
    ]);
    expect(inspectInput({ value: deep, kind: 'body' })).toEqual([
      { field: 'body', message: `body nests deeper than ${MAX_INPUT_DEPTH} levels` },
    ]);
  });

  it('names a parameter by its name', () => {
    expect(inspectInput({ value: 'a\u0000', name: 'token', kind: 'param' })).toEqual([
      { field: 'token', message: 'token must not contain control characters' },
    ]);
  });

  it('stops after twenty problems', () => {
    expect(inspectInput({ value: Array(1000).fill('\u0000'), kind: 'body' })).toHaveLength(20);
  });
});
