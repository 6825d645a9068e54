import { createHash } from "node:crypto";
import { m } from "../i18n/messages.js";
import type { WebData } from "./data.js";
import { WEB_CSS } from "./styles.js";

/**
 * The whole web page as one string: HTML, CSS, the tree set as a JSON data
 * block, and the bundled script. A Content-Security-Policy meta tag allows
 * only this one script and this one style sheet (by their sha256) and
 * nothing else: no request of any kind (default-src 'none'), no form
 * submission, no base URL, no frames.
 */
export function webPage(data: WebData, script: string): string {
  const json = safeJson(data);
  // A `</script>` (or `<!--`) inside the inline script would end it early; esbuild escapes them, check anyway.
  if (/<\/script|<!--/i.test(script))
    throw new Error("the web script contains '</script' or '<!--'; it cannot be inlined");
  const csp = contentSecurityPolicy(script, WEB_CSS);
  const lang = data.lang;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(m("webTitle", lang))}</title>
<style>${WEB_CSS}</style>
</head>
<body>
<div id="app"><noscript><p>${escapeHtml(m("webNoScript", lang))}</p></noscript></div>
<script type="application/json" id="sr-data">${json}</script>
<script>${script}</script>
</body>
</html>
`;
}

export function contentSecurityPolicy(script: string, css: string): string {
  return [
    "default-src 'none'",
    `script-src '${sha256(script)}'`,
    `style-src '${sha256(css)}'`,
    "img-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "object-src 'none'",
  ].join("; ");
}

export function sha256(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

/** JSON that can sit inside a <script> element: `<`, `>` and `&` escaped, so no text in a tree can close the element. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
