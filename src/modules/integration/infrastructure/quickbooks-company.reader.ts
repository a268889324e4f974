import { Injectable } from '@nestjs/common';
import type { CompanyDetails } from '../domain/quickbooks-connection';
import type { QuickBooksCompanyRef } from '../domain/quickbooks-company.ref';
import { QuickBooksApiClient } from './quickbooks-api/quickbooks-api.client';

/** What Settle keeps of a company, read from QuickBooks once the connection's tokens work. */
@Injectable()
export class QuickBooksCompanyReader {
  constructor(private readonly client: QuickBooksApiClient) {}

  async describe(company: QuickBooksCompanyRef): Promise<CompanyDetails> {
    const [info, preferences, undepositedFunds] = await Promise.all([
      this.client.companyInfo(company),
      this.client.preferences(company),
      this.client.findUndepositedFundsAccount(company),
    ]);
    return {
      companyName: info.CompanyName?.trim() || info.LegalName?.trim() || `QuickBooks company ${company.realmId}`,
      country: info.Country ?? null,
      homeCurrency: (preferences.CurrencyPrefs?.HomeCurrency?.value ?? 'USD').toUpperCase(),
      undepositedFundsAccountId: undepositedFunds?.Id ?? null,
    };
  }
}
