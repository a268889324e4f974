import { shellErrorPage, shellPage, type PageShell } from '../../common/html';

const CREZCO_PAGE: PageShell = {
  style: [
    'body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 2rem auto; padding: 0 1rem; color: #14213d; }',
    'label { display: block; margin: 0.75rem 0 0.25rem; }',
    'input[type=text], input[type=email], select { width: 100%; padding: 0.5rem; box-sizing: border-box; }',
    'button { margin: 1rem 0.5rem 0 0; padding: 0.6rem 1.2rem; }',
    'dl { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 1rem; }',
    '.error { color: #b00020; }',
    '.sandbox { font-size: 0.8rem; color: #5c677d; }',
  ],
  footer: 'Crezco sandbox: nothing here moves real money.',
};

/** A whole page with the sandbox's plain styling; `body` is already HTML; `refreshSeconds` reloads it. */
export function page(title: string, body: string, refreshSeconds?: number): string {
  return shellPage(CREZCO_PAGE, title, body, refreshSeconds);
}

export function errorPage(message: string): string {
  return shellErrorPage(CREZCO_PAGE, message);
}
