import { PublicToken } from './public-token';

describe('PublicToken', () => {
  it('hands out well-formed tokens that never repeat, across many refills of its random pool', () => {
    const tokens = Array.from({ length: 2000 }, () => PublicToken.generate());
    expect(tokens.every((token) => PublicToken.isWellFormed(token))).toBe(true);
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
