import type { AccountSettings } from '../../contracts/get-account-settings.query';
import type { Account } from '../../domain/account';

export function settingsOf(account: Account): AccountSettings {
  const { name, country, timezone, markSentInQuickBooks } = account;
  return { name, country, timezone, markSentInQuickBooks };
}
