import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { isUuid } from '../../../libs/ids';
import { PlatformErrors } from '../errors/platform.errors';

export const MAX_PAGE_SIZE = 200;

/** The query every list endpoint takes: a page size and an opaque cursor from the previous page. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50, example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 50;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page', example: 'MDE5MmYxZGQtNjU4Yi03' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor must be a nextCursor returned by this endpoint' })
  cursor?: string;
}

export class PageInfo {
  @ApiProperty({ example: 50 })
  limit!: number;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'null on the last page' })
  nextCursor!: string | null;
}

export interface Page<T> {
  data: T[];
  page: PageInfo;
}

export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId, 'utf8').toString('base64url');
}

/** The id a cursor points after; a cursor this API did not make is a validation error. */
export function cursorId(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) {
    throw PlatformErrors.validationFailed([
      { field: 'cursor', message: 'cursor must be a nextCursor returned by this endpoint' },
    ]);
  }
  return id;
}

/** Builds a page from rows fetched with limit + 1, so the extra row tells whether more follow. */
export function toPage<Row extends { id: string }, T>(rows: Row[], limit: number, map: (row: Row) => T): Page<T> {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(items[items.length - 1].id) : null;
  return { data: items.map(map), page: { limit, nextCursor } };
}
