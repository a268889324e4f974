const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Hidden inputs for a form. */
export function hiddenFields(fields: Record<string, string>, separator = '\n'): string {
  return Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join(separator);
}

export interface PageShell {
  /** The rules inside `<style>`, one a line. */
  style: string[];
  /** The small print under every page (text, escaped here). */
  footer: string;
}

/** A whole page in a sandbox's plain styling; `body` is already HTML; `refreshSeconds` reloads it. */
export function shellPage(shell: PageShell, title: string, body: string, refreshSeconds?: number): string {
  const refresh = refreshSeconds === undefined ? '' : `\n    <meta http-equiv="refresh" content="${refreshSeconds}">`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">${refresh}
    <title>${escapeHtml(title)}</title>
    <style>
${shell.style.map((rule) => `      ${rule}`).join('\n')}
    </style>
  </head>
  <body>
    ${body}
    <p class="sandbox">${escapeHtml(shell.footer)}</p>
  </body>
</html>`;
}

/** The page a sandbox answers a browser with when a request cannot go on. */
export function shellErrorPage(shell: PageShell, message: string): string {
  return shellPage(
    shell,
    'Error',
    `<h1>Something went wrong</h1><p class="error" role="alert">${escapeHtml(message)}</p>`,
  );
}
