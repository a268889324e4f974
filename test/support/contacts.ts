import type { SignedUp } from './accounts';
import type { TestApp } from './test-app';

let mobileCounter = Math.floor(Math.random() * 900_000);

/** A UK mobile no other contact of the test file has. */
export function nextMobile(): string {
  mobileCounter = (mobileCounter + 1) % 1_000_000;
  return `+447400${String(mobileCounter).padStart(6, '0')}`;
}

/** Creates a contact through the contacts API. */
export async function createContact(
  app: TestApp,
  account: SignedUp,
  details: Record<string, unknown> = {},
): Promise<{ id: string; mobile: string | null }> {
  const created = await app
    .http()
    .post('/api/v1/contacts')
    .set(account.auth)
    .send({ firstName: 'Sam', lastName: 'Patel', mobile: nextMobile(), ...details })
    .expect(201);
  return { id: created.body.id, mobile: created.body.mobile };
}
