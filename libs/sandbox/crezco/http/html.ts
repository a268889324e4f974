export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** A whole page with the sandbox's plain styling; `body` is already HTML; `refreshSeconds` reloads it. */
export function page(title: string, body: string, refreshSeconds?: number): string {
  const refresh = refreshSeconds === undefined ? '' : `\n    <meta http-equiv="refresh" content="${refreshSeconds}">`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">${refresh}
    <title>${escapeHtml(title)}</title>
    <style>
      body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 2rem auto; padding: 0 1rem; color: #14213d; }
      label { display: block; margin: 0.75rem 0 0.25rem; }
      input[type=text], input[type=email], select { width: 100%; padding: 0.5rem; box-sizing: border-box; }
      button { margin: 1rem 0.5rem 0 0; padding: 0.6rem 1.2rem; }
      dl { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 1rem; }
      .error { color: #b00020; }
      .sandbox { font-size: 0.8rem; color: #5c677d; }
    </style>
  </head>
  <body>
    ${body}
    <p class="sandbox">Crezco sandbox: nothing here moves real money.</p>
  </body>
</html>`;
}

export function errorPage(message: string): string {
  return page('Error', `<h1>Something went wrong</h1><p class="error" role="alert">${escapeHtml(message)}</p>`);
}

/** Hidden inputs for a form. */
export function hiddenFields(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
}
