import { escapeHtml, type SafeHtml } from './html-template';

/** A small, self-contained page (no scripts, inline style) readable on a phone. */
export function htmlPage(title: string, body: SafeHtml): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:24px;color:#1a1a1a;background:#f6f7f9}
main{max-width:640px;margin:0 auto;background:#fff;border-radius:12px;padding:24px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h1{font-size:1.4rem;margin:0 0 12px}
p{line-height:1.5}
</style>
</head>
<body><main>${body.value}</main></body>
</html>`;
}
