/** Which QuickBooks company a call is for: Settle's connection and Intuit's realm id. */
export interface QuickBooksCompanyRef {
  connectionId: string;
  accountId: string;
  realmId: string;
}
