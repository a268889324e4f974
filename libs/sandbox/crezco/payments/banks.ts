import type { CrezcoBank } from '../../../crezco';

/** The mock banks of the sandbox; "Yapily Mock" is the one Crezco's sandbox offers ("it requires no logins", V). */
export const MOCK_BANKS: CrezcoBank[] = [
  { id: 'yapily-mock', name: 'Yapily Mock', countryIso2Code: 'GB' },
  { id: 'sandbox-bank', name: 'Sandbox Bank', countryIso2Code: 'GB' },
  { id: 'modelo-sandbox', name: 'Modelo Sandbox', countryIso2Code: 'GB' },
];

export function mockBank(id: string): CrezcoBank | undefined {
  return MOCK_BANKS.find((bank) => bank.id === id);
}
