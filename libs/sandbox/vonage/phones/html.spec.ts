import { linkify } from './html';

describe('phone page HTML', () => {
  it('links http and https URLs, leaving sentence punctuation outside the link', () => {
    expect(linkify('Pay at https://settle.test/p/a1?x=1&y=2. Thanks')).toBe(
      'Pay at <a href="https://settle.test/p/a1?x=1&amp;y=2" target="_blank" rel="noopener">' +
        'https://settle.test/p/a1?x=1&amp;y=2</a>. Thanks',
    );
    expect(linkify('(http://a.test/b), http://c.test')).toBe(
      '(<a href="http://a.test/b" target="_blank" rel="noopener">http://a.test/b</a>), ' +
        '<a href="http://c.test" target="_blank" rel="noopener">http://c.test</a>',
    );
  });

  it('never links other schemes and stops a URL at a quote or angle bracket', () => {
    expect(linkify('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(linkify('https://x.test/"><script>')).toBe(
      '<a href="https://x.test/" target="_blank" rel="noopener">https://x.test/</a>&quot;&gt;&lt;script&gt;',
    );
  });
});
