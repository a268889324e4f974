import { shellErrorPage, shellPage, type PageShell } from '../../common/html';

const STRIPE_PAGE: PageShell = {
  style: [
    'body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 2rem auto; padding: 0 1rem; color: #1a1f36; }',
    'label { display: block; margin: 0.75rem 0 0.25rem; }',
    'input[type=text], input[type=email], select { width: 100%; padding: 0.5rem; box-sizing: border-box; }',
    'button { margin-top: 1rem; padding: 0.6rem 1.2rem; }',
    '.error { color: #b00020; }',
    '.sandbox { font-size: 0.8rem; color: #697386; }',
  ],
  footer: 'Stripe sandbox: nothing here moves real money.',
};

/** A whole page with the sandbox's plain styling; `body` is already HTML. */
export function page(title: string, body: string): string {
  return shellPage(STRIPE_PAGE, title, body);
}

export function errorPage(message: string): string {
  return shellErrorPage(STRIPE_PAGE, message);
}
