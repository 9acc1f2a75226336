import { createHash } from 'node:crypto';

/**
 * What the server's own HTML pages share: a strict Content-Security-Policy that allows exactly the page's
 * stylesheet (by hash) and, if any, same-origin scripts; and the base styles. Page data is interpolated
 * through hono/html, which escapes it.
 */

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export interface PagePolicy {
  /** The page's one inline <style>, allowed by its hash. */
  css: string;
  /** Same-origin scripts (`'self'`), or none at all. */
  scripts?: boolean;
  /** Same-origin fetch() (the admin page reads the API). */
  connect?: boolean;
}

export function pageCsp({ css, scripts = false, connect = false }: PagePolicy): string {
  return [
    "default-src 'none'",
    `script-src ${scripts ? "'self'" : "'none'"}`,
    `connect-src ${connect ? "'self'" : "'none'"}`,
    `style-src ${sha256(css)}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Colours meet WCAG AA (text 4.5:1, focus rings 3:1), as the widget's do. */
export const BASE_CSS = `
[hidden] { display: none !important; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; background: #f6f8fa; }
a { color: #1d4f91; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex="-1"]:focus-visible { outline: 3px solid #1d4f91; outline-offset: 2px; }
.skip { position: absolute; left: 8px; top: -48px; padding: 8px 12px; background: #fff; border: 2px solid #1d4f91; border-radius: 6px; z-index: 10; }
.skip:focus { top: 8px; }
.meta { color: #4d5661; font-size: .9rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
