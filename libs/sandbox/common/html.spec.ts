import { escapeHtml, hiddenFields, shellErrorPage, shellPage } from './html';

const SHELL = { style: ['body { color: red; }'], footer: 'Test sandbox & co' };

describe('sandbox HTML', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('makes escaped hidden inputs', () => {
    expect(hiddenFields({ state: '"><x', to: 'a&b' }, ' ')).toBe(
      '<input type="hidden" name="state" value="&quot;&gt;&lt;x"> <input type="hidden" name="to" value="a&amp;b">',
    );
  });

  it('wraps a body in the shell, escaping the title and footer, refreshing when asked', () => {
    const html = shellPage(SHELL, 'A <b>', '<p>body</p>', 5);
    expect(html).toContain('<title>A &lt;b&gt;</title>');
    expect(html).toContain('      body { color: red; }\n');
    expect(html).toContain('<p>body</p>');
    expect(html).toContain('<p class="sandbox">Test sandbox &amp; co</p>');
    expect(html).toContain('<meta http-equiv="refresh" content="5">');
    expect(shellPage(SHELL, 'A', '')).not.toContain('http-equiv');
  });

  it('shows an escaped error message', () => {
    expect(shellErrorPage(SHELL, 'no <way>')).toContain('<p class="error" role="alert">no &lt;way&gt;</p>');
  });
});
