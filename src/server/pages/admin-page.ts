import { html, raw } from 'hono/html';
import { ADMIN_MESSAGES } from '../../admin/messages.js';
import type { Language } from '../../shared/api.js';
import { BASE_CSS } from './page.js';

/** The feedback page's shell: its script (admin.js) asks for the token and renders the list. */
export const ADMIN_PAGE_CSS = `${BASE_CSS}
main { max-width: 960px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.6rem; margin: 12px 0; }
label { font-weight: 600; }
input, select, button { font: inherit; }
input, select { padding: 6px 8px; border: 1px solid #6b7683; border-radius: 6px; background: #fff; color: #1b1f24; }
button { padding: 6px 12px; font-weight: 600; color: #fff; background: #1d4f91; border: 1px solid #1d4f91; border-radius: 6px; cursor: pointer; }
button.secondary { color: #1d4f91; background: #fff; }
.signin { display: flex; flex-direction: column; gap: 6px; max-width: 480px; background: #fff; border: 1px solid #d0d7de; border-radius: 12px; padding: 16px; }
.signin p { margin: 0; }
.row { display: flex; gap: 8px; flex-wrap: wrap; }
.row input { flex: 1; min-width: 200px; }
.problem { color: #7a1712; font-weight: 600; }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin: 8px 0; }
.filters button { margin-left: auto; }
.count:focus { outline: none; }
.entries { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 12px; }
.entry { background: #fff; border: 1px solid #d0d7de; border-left: 6px solid #1a7f37; border-radius: 10px; padding: 10px 16px; }
.entry.down { border-left-color: #b3261e; }
.entry h2 { font-size: 1.1rem; margin: 4px 0 8px; }
.entry h3 { font-size: .95rem; margin: 8px 0 2px; color: #4d5661; }
.entry p, .entry ul { margin: 2px 0; }
.rating { display: inline-flex; align-items: center; gap: 4px; font-weight: 700; }
.rating.up { color: #1a7f37; }
.rating.down { color: #b3261e; }
.comment { white-space: pre-wrap; }
details { margin-top: 8px; }
summary { cursor: pointer; color: #1d4f91; }
.answer { white-space: pre-wrap; }
`;

/** GET /admin/feedback. The token is never part of the page or its address. */
export function adminPage(lang: Language) {
  const m = ADMIN_MESSAGES[lang];
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${m.title} – strategisvar</title>
<style>${raw(ADMIN_PAGE_CSS)}</style>
<script src="feedback.js" defer></script>
</head>
<body>
<main>
  <h1>${m.title}</h1>
  <div id="feedback-admin"><noscript><p>${m.noscript}</p></noscript></div>
</main>
</body>
</html>`;
}
