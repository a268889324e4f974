import { escapeHtml } from '../../common/html';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
/** Punctuation that ends a sentence rather than the link it follows. */
const TRAILING = /[.,;:!?)\]]+$/;

/** The text escaped, with every http(s) URL in it made a link that opens in a new tab. */
export function linkify(text: string): string {
  let html = '';
  let from = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING, '');
    const start = match.index;
    html += escapeHtml(text.slice(from, start));
    html += `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(url)}</a>`;
    from = start + url.length;
  }
  return html + escapeHtml(text.slice(from));
}
