/** The shapes of QuickBooks Online answers this client reads; everything else stays `unknown`. */

export interface QuickBooksMetaData {
  CreateTime?: string;
  LastUpdatedTime?: string;
}

/** Any QuickBooks entity: the fields every one carries, the rest left to the caller's type. */
export interface QuickBooksEntity {
  Id: string;
  SyncToken?: string;
  MetaData?: QuickBooksMetaData;
  /** "Deleted" on the skeletons CDC (and a read of a deleted object) answers with. */
  status?: string;
  [field: string]: unknown;
}

export interface QuickBooksRef {
  value: string;
  name?: string;
}

export interface QuickBooksAccount extends QuickBooksEntity {
  Name: string;
  AccountType: string;
  AccountSubType?: string;
  Active?: boolean;
  CurrencyRef?: QuickBooksRef;
}

export interface QuickBooksCompanyInfo extends QuickBooksEntity {
  CompanyName: string;
  LegalName?: string;
  Country?: string;
  Email?: { Address?: string };
}

export interface QuickBooksPreferences extends QuickBooksEntity {
  CurrencyPrefs?: {
    HomeCurrency?: QuickBooksRef;
    MultiCurrencyEnabled?: boolean;
  };
}

/** What a sparse update sends: the object's Id and current SyncToken, and the fields to change. */
export interface QuickBooksSparseUpdate {
  Id: string;
  SyncToken: string;
  [field: string]: unknown;
}

/** CDC's answer by entity name (as asked), changed objects then deleted skeletons. */
export type QuickBooksChanges = Record<string, QuickBooksEntity[]>;

export function isDeletedEntity(entity: { status?: unknown }): boolean {
  return entity.status === 'Deleted';
}
