export type Literal = string | number | boolean;

export type Condition =
  | { kind: 'compare'; field: string; op: '=' | '<' | '>' | '<=' | '>='; value: Literal }
  | { kind: 'in'; field: string; values: Literal[] }
  | { kind: 'like'; field: string; pattern: string };

export interface OrderBy {
  field: string;
  descending: boolean;
}

/** A parsed `select` of QuickBooks' query language. */
export interface SelectQuery {
  /** `*`, `count`, or the named fields. */
  projection: '*' | 'count' | string[];
  entity: string;
  where: Condition[];
  orderBy: OrderBy[];
  startPosition?: number;
  maxResults?: number;
}
