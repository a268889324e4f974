import type { PhoneText } from '../store/sandbox-store';
import { escapeHtml } from '../../common/html';
import { linkify } from './html';

export const PHONES_PATH = '/phones';

const STYLE = `
  :root { color-scheme: light; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; }
  body { margin: 0; background: #eef1f5; color: #1c1e21; }
  header { padding: 24px 32px 8px; }
  header h1 { margin: 0; font-size: 22px; }
  header p { margin: 4px 0 0; color: #5b6270; font-size: 14px; }
  header a { color: #2563eb; }
  main { display: flex; flex-wrap: wrap; gap: 28px; padding: 16px 32px 40px; align-items: flex-start; }
  .phone { width: 320px; background: #111; border-radius: 36px; padding: 14px; box-shadow: 0 12px 30px rgba(0,0,0,.18); }
  .screen { background: #fff; border-radius: 26px; overflow: hidden; display: flex; flex-direction: column; min-height: 420px; }
  .bar { background: #f6f6f8; border-bottom: 1px solid #e3e3e8; padding: 14px 16px 10px; text-align: center; }
  .bar a { color: inherit; text-decoration: none; font-weight: 600; font-size: 16px; }
  .bar small { display: block; color: #8a8f98; font-size: 12px; margin-top: 2px; }
  .texts { list-style: none; margin: 0; padding: 12px; display: flex; flex-direction: column; gap: 12px; flex: 1; }
  .text { max-width: 85%; }
  .text.received { align-self: flex-start; }
  .text.sent { align-self: flex-end; text-align: right; }
  .meta { font-size: 11px; color: #8a8f98; margin: 0 6px 3px; }
  .bubble { display: inline-block; text-align: left; padding: 9px 13px; border-radius: 18px; font-size: 15px; line-height: 1.35;
            white-space: pre-wrap; overflow-wrap: anywhere; }
  .received .bubble { background: #e9e9eb; border-bottom-left-radius: 5px; }
  .sent .bubble { background: #0b84ff; color: #fff; border-bottom-right-radius: 5px; }
  .received .bubble a { color: #0a58ca; }
  .sent .bubble a { color: #fff; }
  .empty { color: #8a8f98; text-align: center; padding: 40px 16px; font-size: 14px; }
  form { display: flex; gap: 8px; padding: 10px 12px; border-top: 1px solid #e3e3e8; background: #f6f6f8; }
  form input { flex: 1; border: 1px solid #d0d0d6; border-radius: 18px; padding: 8px 12px; font-size: 14px; }
  form button { border: 0; background: #0b84ff; color: #fff; border-radius: 18px; padding: 8px 14px; font-size: 14px; }
`;

export interface PhoneView {
  number: string;
  /** Newest first. */
  texts: PhoneText[];
}

function when(at: string): string {
  return `${at.slice(0, 10)} ${at.slice(11, 19)} UTC`;
}

function textItem(text: PhoneText): string {
  const who = text.direction === 'received' ? `From ${text.from}` : `You → ${text.to}`;
  return `<li class="text ${text.direction}">
      <p class="meta">${escapeHtml(who)} · <time datetime="${escapeHtml(text.at)}">${when(text.at)}</time></p>
      <div class="bubble">${linkify(text.text)}</div>
    </li>`;
}

function phoneCard(phone: PhoneView): string {
  const number = escapeHtml(phone.number);
  const texts = phone.texts.length
    ? `<ol class="texts">${phone.texts.map(textItem).join('')}</ol>`
    : '<p class="empty">No texts yet.</p>';
  return `<section class="phone" id="phone-${number}">
    <div class="screen">
      <div class="bar"><a href="${PHONES_PATH}/${encodeURIComponent(phone.number)}">+${number}</a>
        <small>${phone.texts.length} text${phone.texts.length === 1 ? '' : 's'}</small></div>
      ${texts}
      <form method="post" action="${PHONES_PATH}/${encodeURIComponent(phone.number)}/reply">
        <input name="text" placeholder="Reply (STOP, HELP...)" aria-label="Reply" required maxlength="1000">
        <button type="submit">Send</button>
      </form>
    </div>
  </section>`;
}

function page(title: string, intro: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <style>${STYLE}</style>
</head>
<body>
  <header><h1>${escapeHtml(title)}</h1><p>${intro}</p></header>
  <main>${body}</main>
</body>
</html>`;
}

/** Every phone that received or sent a text, each with its texts newest first. */
export function phonesPage(phones: PhoneView[]): string {
  const body = phones.length
    ? phones.map(phoneCard).join('')
    : '<p class="empty">No texts yet. Texts sent through this Vonage sandbox appear here.</p>';
  return page(
    'Sandbox phones',
    `Texts sent through the Vonage sandbox, newest first. <a href="${PHONES_PATH}">Refresh</a>`,
    body,
  );
}

/** One phone's texts, newest first. */
export function phonePage(phone: PhoneView): string {
  return page(
    `+${phone.number}`,
    `<a href="${PHONES_PATH}">All phones</a> · <a href="${PHONES_PATH}/${encodeURIComponent(phone.number)}">Refresh</a>`,
    phoneCard(phone),
  );
}

export function errorPage(message: string): string {
  return page('Not sent', `${escapeHtml(message)} · <a href="${PHONES_PATH}">Back to the phones</a>`, '');
}
