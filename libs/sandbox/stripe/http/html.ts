export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** A whole page with the sandbox's plain styling; `body` is already HTML. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)}</title>
    <style>
      body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 2rem auto; padding: 0 1rem; color: #1a1f36; }
      label { display: block; margin: 0.75rem 0 0.25rem; }
      input[type=text], input[type=email], select { width: 100%; padding: 0.5rem; box-sizing: border-box; }
      button { margin-top: 1rem; padding: 0.6rem 1.2rem; }
      .error { color: #b00020; }
      .sandbox { font-size: 0.8rem; color: #697386; }
    </style>
  </head>
  <body>
    ${body}
    <p class="sandbox">Stripe sandbox: nothing here moves real money.</p>
  </body>
</html>`;
}

export function errorPage(message: string): string {
  return page('Error', `<h1>Something went wrong</h1><p class="error" role="alert">${escapeHtml(message)}</p>`);
}
