import { JsonType, ReferenceKind, type EntityMetadata, type EntityProperty, type Platform } from '@mikro-orm/core';

/** A persisted scalar property, with how its value becomes text for PostgreSQL and back. */
export interface ScalarColumn {
  name: string;
  field: string;
  columnType: string;
  primary: boolean;
  json: boolean;
  /** The entity's value as PostgreSQL reads it in text (COPY's text format before escaping), null for NULL. */
  textIn(entity: object): string | null;
  /** The value as the entity holds it, from what pg answers for the row, null for NULL. */
  valueIn(row: object): unknown;
}

/** Each mapping's columns, made once: the converters' code stays optimised only while they live. */
const columnsByMapping = new WeakMap<object, { platform: Platform; columns: ScalarColumn[] }>();

/** The entity's persisted scalar properties: the columns bulkInsert, bulkUpdate and detachedEntities handle. */
export function scalarColumns<T>(meta: EntityMetadata<T>, platform: Platform): ScalarColumn[] {
  const known = columnsByMapping.get(meta);
  if (known?.platform === platform) return known.columns;
  const columns = columnsOf(meta, platform);
  columnsByMapping.set(meta, { platform, columns });
  return columns;
}

function columnsOf<T>(meta: EntityMetadata<T>, platform: Platform): ScalarColumn[] {
  return meta.props
    .filter((prop) => prop.persist !== false && prop.kind === ReferenceKind.SCALAR)
    .map((prop) => ({
      name: prop.name,
      field: prop.fieldNames[0],
      columnType: prop.columnTypes[0],
      primary: prop.primary === true,
      json: prop.customType instanceof JsonType,
      textIn: nullOr(prop.name, textConverterOf(prop, platform)),
      valueIn: nullOr(prop.fieldNames[0], rowConverterOf(prop, platform)),
    }));
}

/** Reads `key` of an entity or a row and converts it, or answers null for a null or absent value. */
function nullOr<T>(key: string, convert: (value: unknown) => T): (source: object) => T | null {
  return (source) => {
    const value = (source as Record<string, unknown>)[key];
    return value === null || value === undefined ? null : convert(value);
  };
}

/**
 * JSON columns as JSON; strings, numbers, booleans, bigints and dates as they are (what MikroORM's
 * built-in types would make of them); other values as the column's type converts them.
 */
function textConverterOf<T>(prop: EntityProperty<T>, platform: Platform): (value: unknown) => string | null {
  const type = prop.customType;
  if (type instanceof JsonType) return (value) => JSON.stringify(value);
  if (!type) return textOf;
  return (value) => {
    if (typeof value !== 'object' || value instanceof Date) return textOf(value);
    const converted: unknown = type.convertToDatabaseValue(value, platform, { mode: 'query-data' });
    return converted === null || converted === undefined ? null : textOf(converted);
  };
}

/**
 * As MikroORM's hydrator reads a column from pg: pg parses JSON and booleans itself, and MikroORM's
 * connection leaves timestamps as text, which become Dates; other typed values go through the type.
 */
function rowConverterOf<T>(prop: EntityProperty<T>, platform: Platform): (value: unknown) => unknown {
  if (prop.runtimeType === 'Date') return (value) => (value instanceof Date ? value : new Date(value as string));
  const type = prop.customType;
  if (!type || type instanceof JsonType) return (value) => value;
  return (value) => type.convertToJSValue(value, platform);
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return isoTextOf(value);
  return JSON.stringify(value);
}

/**
 * Dates repeat across the rows of a batch (the moment it is written, the days of a year) and
 * `toISOString` costs about a microsecond: 0.7 s of a 100,000-invoice import's CPU. An instant's
 * text is kept in a slot of its own, chosen by the instant modulo a prime (distinct days land in
 * distinct slots), and a later instant in the same slot replaces it: unlike a Map, a lookup
 * allocates nothing and instants that never repeat (each customer's last update) cost no more
 * than formatting them.
 */
const ISO_TEXT_SLOTS = 4093;
const isoTimes = new Float64Array(ISO_TEXT_SLOTS).fill(Number.NaN);
const isoTexts = new Array<string>(ISO_TEXT_SLOTS).fill('');

function isoTextOf(date: Date): string {
  const time = date.getTime();
  const slot = Math.abs(time % ISO_TEXT_SLOTS);
  if (isoTimes[slot] === time) return isoTexts[slot];
  const text = date.toISOString();
  isoTimes[slot] = time;
  isoTexts[slot] = text;
  return text;
}
