/** What a test card number does on the hosted page (docs.stripe.com/testing). */
export type CardBehaviour =
  | { kind: 'succeeds'; brand: string }
  | { kind: 'declined'; brand: string; code: string; declineCode?: string; message: string };

const DECLINED = 'Your card was declined.';

export const TEST_CARDS: ReadonlyMap<string, CardBehaviour> = new Map<string, CardBehaviour>([
  ['4242424242424242', { kind: 'succeeds', brand: 'visa' }],
  ['4000058260000005', { kind: 'succeeds', brand: 'visa' }],
  ['5555555555554444', { kind: 'succeeds', brand: 'mastercard' }],
  [
    '4000000000000002',
    { kind: 'declined', brand: 'visa', code: 'card_declined', declineCode: 'generic_decline', message: DECLINED },
  ],
  [
    '4000000000009995',
    {
      kind: 'declined',
      brand: 'visa',
      code: 'card_declined',
      declineCode: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    },
  ],
  [
    '4000000000009987',
    { kind: 'declined', brand: 'visa', code: 'card_declined', declineCode: 'lost_card', message: DECLINED },
  ],
  ['4000000000000069', { kind: 'declined', brand: 'visa', code: 'expired_card', message: 'Your card has expired.' }],
  [
    '4000000000000127',
    { kind: 'declined', brand: 'visa', code: 'incorrect_cvc', message: "Your card's security code is incorrect." },
  ],
]);

/** The card's behaviour, or undefined for a number that is not one of Stripe's test cards. */
export function testCard(number: string): CardBehaviour | undefined {
  return TEST_CARDS.get(number.replace(/[\s-]/g, ''));
}
