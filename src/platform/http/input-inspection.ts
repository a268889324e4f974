import type { FieldError } from '../errors/app-error';
import { isMultiLineText } from './multi-line-text.decorator';

/** Settle's bodies nest three levels at most; anything far deeper is an attack on the stack. */
export const MAX_INPUT_DEPTH = 32;

/** Enough to tell a caller what is wrong without answering a megabyte of complaints. */
const MAX_PROBLEMS = 20;

/**
 * Keys naming an object's machinery. class-transformer drops them silently (against prototype
 * pollution), so the whitelist never sees them: they are refused here like any unknown key.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where @nestjs/swagger keeps @ApiProperty's options (its DECORATORS constants, not exported). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';
const API_MODEL_PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';

/** C0 and C1 controls other than tab, line feed and carriage return (those are LINE_BREAK_OR_TAB's). */
const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}/u;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/u;
const LONE_SURROGATE = /\p{Cs}/u;

type DtoClass = abstract new (...args: never[]) => unknown;

interface Frame {
  value: unknown;
  path: string;
  /** The top-level field the value is in, named when the nesting is too deep to name the path. */
  outermost: string;
  depth: number;
  /** The request DTO this value is read into, when it is one: its documented properties' rules apply. */
  dto?: DtoClass;
  multiLine: boolean;
}

export interface InspectedInput {
  value: unknown;
  /** The parameter's name (`@Param('token')`), or none for a whole body, query or params object. */
  name?: string;
  /** What the value is (`body`, `query`, `param`), to name it when it has no name of its own. */
  kind: string;
  dto?: DtoClass;
}

/**
 * What is wrong with a request's raw input before it is transformed and validated: nesting deeper
 * than MAX_INPUT_DEPTH, reserved keys, strings with control characters or lone surrogates (line
 * breaks and tabs only in @MultiLineText fields), and null where the DTO's documented property is
 * not nullable (the OpenAPI document is the one statement of where null is meaningful). The walk
 * is iterative so that no nesting can exhaust the stack.
 */
export function inspectInput({ value, name, kind, dto }: InspectedInput): FieldError[] {
  const problems: FieldError[] = [];
  const stack: Frame[] = [{ value, path: name ?? '', outermost: name ?? kind, depth: 0, dto, multiLine: false }];
  const labelOf = (path: string) => path || kind;
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const frame = stack.pop() as Frame;
    const { value: current, path, depth } = frame;
    if (typeof current === 'string') {
      const problem = textProblem(current, frame.multiLine);
      if (problem) problems.push({ field: labelOf(path), message: `${labelOf(path)} ${problem}` });
      continue;
    }
    if (!isPlainContainer(current)) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      const { outermost } = frame;
      problems.push({ field: outermost, message: `${outermost} nests deeper than ${MAX_INPUT_DEPTH} levels` });
      continue;
    }
    stack.push(...childrenOf(frame, current, problems).reverse());
  }
  return unique(problems);
}

function childrenOf(frame: Frame, container: object, problems: FieldError[]): Frame[] {
  const child = (key: string) => (frame.path ? `${frame.path}.${key}` : key);
  if (Array.isArray(container)) {
    return container.map((value, index) => ({ ...frame, value, path: child(String(index)), depth: frame.depth + 1 }));
  }
  const children: Frame[] = [];
  for (const [key, value] of Object.entries(container)) {
    const path = child(key);
    const keyProblem = RESERVED_KEYS.has(key) ? 'should not exist' : textProblem(key, false);
    if (keyProblem) {
      problems.push({ field: path, message: `property ${key} ${keyProblem}` });
      continue;
    }
    const documented = frame.dto ? documentedProperty(frame.dto, key) : undefined;
    if (value === null && documented && !documented.nullable) {
      problems.push({ field: path, message: `${path} must not be null` });
      continue;
    }
    const multiLine = frame.dto !== undefined && isMultiLineText(frame.dto.prototype as object, key);
    const outermost = frame.path === '' ? key : frame.outermost;
    children.push({ value, path, outermost, depth: frame.depth + 1, dto: documented?.nested, multiLine });
  }
  return children;
}

function textProblem(text: string, multiLine: boolean): string | undefined {
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (it holds a lone surrogate)';
  if (CONTROL_CHARACTER.test(text)) return 'must not contain control characters';
  if (!multiLine && LINE_BREAK_OR_TAB.test(text)) return 'must be one line, without line breaks or tabs';
  return undefined;
}

function isPlainContainer(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

interface DocumentedProperty {
  nullable: boolean;
  nested?: DtoClass;
}

/** A DTO property as @ApiProperty describes it: whether null is allowed, and the DTO it nests. */
function documentedProperty(dto: DtoClass, key: string): DocumentedProperty | undefined {
  const metadata: { nullable?: boolean; type?: unknown } | undefined = Reflect.getMetadata(
    API_MODEL_PROPERTIES,
    dto.prototype as object,
    key,
  );
  if (!metadata) return undefined;
  return { nullable: metadata.nullable === true, nested: requestDtoOf(metadata.type) };
}

function requestDtoOf(type: unknown): DtoClass | undefined {
  if (typeof type !== 'function') return undefined;
  const documented: unknown = Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, type.prototype ?? {});
  return Array.isArray(documented) ? (type as DtoClass) : undefined;
}

function unique(problems: FieldError[]): FieldError[] {
  const byText = new Map(problems.map((problem) => [`${problem.field}: ${problem.message}`, problem]));
  return [...byText.values()];
}
