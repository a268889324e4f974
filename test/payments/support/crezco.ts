import type { CrezcoSandbox } from '../../../libs/sandbox/crezco';
import type { SignedUp } from '../../support/accounts';
import type { TestApp } from '../../support/test-app';

/**
 * Connects the owner's account to a new Crezco user the way a person does: Settle's onboarding URL,
 * allowed (or declined) on the sandbox's consent page, then its redirect followed back to Settle's callback.
 */
export async function connectCrezco(
  { app, crezco }: { app: TestApp; crezco: CrezcoSandbox },
  owner: SignedUp,
  decision: 'approve' | 'decline' = 'approve',
): Promise<{ status: number; page: string }> {
  const started = await app.http().post('/api/v1/integrations/crezco/connect').set(owner.auth).expect(200);
  const onboarding = new URL(started.body.onboardingUrl as string);
  expect(onboarding.origin + onboarding.pathname).toBe(crezco.onboardingUrl);
  expect(onboarding.searchParams.get('partner_id')).toBe(crezco.partnerId);
  onboarding.searchParams.set(decision, '1');
  const answer = await fetch(onboarding, { redirect: 'manual' });
  expect(answer.status).toBe(302);
  const callback = new URL(answer.headers.get('location') as string);
  const landing = await app.http().get(`${callback.pathname}${callback.search}`);
  return { status: landing.status, page: landing.text };
}
