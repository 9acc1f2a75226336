import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { html, raw } from 'hono/html';
import type { Engine } from '../../engine.js';
import type { DocumentsResponse, Language } from '../../shared/api.js';
import { widgetScript } from '../../widget/bundle.js';

export interface WidgetRoutesDeps {
  engine: Engine;
}

const PAGE_CSS = `
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; background: #f6f8fa; }
header, main { max-width: 1100px; margin: 0 auto; padding: 16px; }
header { padding-top: 24px; }
h1 { margin: 0 0 8px; font-size: 1.6rem; line-height: 1.25; }
h2 { font-size: 1.2rem; margin: 0 0 10px; }
h3 { font-size: 1rem; margin: 16px 0 4px; }
a { color: #1d4f91; }
a:focus-visible { outline: 3px solid #1d4f91; outline-offset: 2px; }
.lead { margin: 0; max-width: 60ch; }
.lang { float: right; margin: 0 0 8px 16px; }
main { display: grid; gap: 24px; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
@media (max-width: 800px) { main { grid-template-columns: minmax(0, 1fr); } }
section.card { background: #fff; border: 1px solid #d0d7de; border-radius: 12px; padding: 16px; }
ul { padding-left: 20px; margin: 4px 0; }
li { margin: 2px 0; }
.meta { color: #4d5661; font-size: .9rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
details summary { cursor: pointer; color: #1d4f91; }
pre { overflow-x: auto; background: #f1f4f8; padding: 10px; border-radius: 6px; font-size: .85rem; white-space: pre-wrap; overflow-wrap: anywhere; }
`;

/** The page's only inline code, allowed by hash; the widget itself is a same-origin script. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  `style-src 'sha256-${createHash('sha256').update(PAGE_CSS).digest('base64')}'`,
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const COUNTRIES: Record<string, Record<Language, string>> = {
  Denmark: { da: 'Danmark', no: 'Danmark' },
  Norway: { da: 'Norge', no: 'Norge' },
};

const TEXT = {
  da: {
    title: 'strategisvar – spørg om regionernes strategier',
    switchLabel: 'Norsk',
    lead: 'En assistent for medarbejdere, der svarer på spørgsmål om de nordiske sundhedsregioners strategidokumenter – på dansk eller norsk, med kilde til hvert udsagn.',
    chat: 'Stil et spørgsmål',
    noscript: 'Assistenten kræver JavaScript.',
    covers: 'Hvad dækker assistenten?',
    coversIntro: (docs: number, regions: number) => `${docs} dokumenter fra ${regions} regioner:`,
    sections: (n: number) => `${n} afsnit`,
    showSections: 'Vis afsnit',
    language: { da: 'dansk', no: 'norsk' },
    how: 'Sådan svarer den',
    howItems: [
      'Svarene er uddrag fra dokumenterne. Det lille tal efter hvert udsagn viser kilden: region, dokument og afsnit – klik på det for at læse passagen.',
      'Står svaret ikke i dokumenterne – eller handler spørgsmålet om noget helt andet – siger assistenten det i stedet for at gætte.',
      'Du kan skrive uden æ, ø og å, spørge på dansk om norske dokumenter og omvendt, og stille opfølgende spørgsmål.',
      'Tommel op eller ned under et svar hjælper os med at forbedre det.',
    ],
    embed: 'Sæt den på jeres egen side',
    embedNote: 'Sidens adresse (origin) skal stå i serverens ALLOWED_ORIGINS. Med data-mode="inline" data-target="#element" vises chatten i et element i stedet for som knap.',
  },
  no: {
    title: 'strategisvar – spør om regionenes strategier',
    switchLabel: 'Dansk',
    lead: 'En assistent for ansatte som svarer på spørsmål om de nordiske helseregionenes strategidokumenter – på norsk eller dansk, med kilde til hvert utsagn.',
    chat: 'Still et spørsmål',
    noscript: 'Assistenten krever JavaScript.',
    covers: 'Hva dekker assistenten?',
    coversIntro: (docs: number, regions: number) => `${docs} dokumenter fra ${regions} regioner:`,
    sections: (n: number) => `${n} avsnitt`,
    showSections: 'Vis avsnitt',
    language: { da: 'dansk', no: 'norsk' },
    how: 'Slik svarer den',
    howItems: [
      'Svarene er utdrag fra dokumentene. Det lille tallet etter hvert utsagn viser kilden: region, dokument og avsnitt – klikk på det for å lese passasjen.',
      'Står ikke svaret i dokumentene – eller handler spørsmålet om noe helt annet – sier assistenten fra i stedet for å gjette.',
      'Du kan skrive uten æ, ø og å, spørre på norsk om danske dokumenter og omvendt, og stille oppfølgingsspørsmål.',
      'Tommel opp eller ned under et svar hjelper oss å forbedre det.',
    ],
    embed: 'Legg den inn på deres egen side',
    embedNote: 'Sidens adresse (origin) må stå i serverens ALLOWED_ORIGINS. Med data-mode="inline" data-target="#element" vises chatten i et element i stedet for som knapp.',
  },
} as const;

/** Every interpolated value goes through hono/html's escaping; document titles and sections are data. */
function demoPage(lang: Language, catalog: DocumentsResponse, origin: string) {
  const t = TEXT[lang];
  const other: Language = lang === 'da' ? 'no' : 'da';
  const snippet = `<script src="${origin}/widget.js" data-lang="${lang}" async></script>`;
  const regions = catalog.regions.map((region) => {
    const docs = catalog.documents.filter((d) => d.region === region);
    const country = docs[0] ? (COUNTRIES[docs[0].country]?.[lang] ?? docs[0].country) : '';
    return html`<h3>${region}${country ? html` <span class="meta">(${country})</span>` : ''}</h3>
      <ul>
        ${docs.map(
          (d) => html`<li>
            <strong><a href="documents/${encodeURIComponent(d.id)}" lang="${d.language}">${d.title}</a></strong> <span class="meta">– ${t.language[d.language]}, ${t.sections(d.sections.length)}</span>
            <details><summary>${t.showSections}</summary><ul>${d.sections.map((s) => html`<li>${s}</li>`)}</ul></details>
          </li>`,
        )}
      </ul>`;
  });

  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>${raw(PAGE_CSS)}</style>
<script src="/widget.js" data-lang="${lang}" data-mode="inline" data-target="#chat" async></script>
</head>
<body>
<header>
  <p class="lang"><a href="/?lang=${other}" hreflang="${other}" lang="${other}">${t.switchLabel}</a></p>
  <h1>${t.title}</h1>
  <p class="lead">${t.lead}</p>
</header>
<main>
  <section aria-labelledby="chat-heading">
    <h2 id="chat-heading" class="sr">${t.chat}</h2>
    <div id="chat"></div>
    <noscript><p>${t.noscript}</p></noscript>
  </section>
  <div>
    <section class="card" aria-labelledby="covers-heading">
      <h2 id="covers-heading">${t.covers}</h2>
      <p>${t.coversIntro(catalog.documents.length, catalog.regions.length)}</p>
      ${regions}
    </section>
    <section class="card" aria-labelledby="how-heading">
      <h2 id="how-heading">${t.how}</h2>
      <ul>${t.howItems.map((item) => html`<li>${item}</li>`)}</ul>
    </section>
    <section class="card" aria-labelledby="embed-heading">
      <h2 id="embed-heading">${t.embed}</h2>
      <pre><code>${snippet}</code></pre>
      <p class="meta">${t.embedNote}</p>
    </section>
  </div>
</main>
</body>
</html>`;
}

/**
 * GET /widget.js: the widget, read on first request and kept for the process's life: the file
 * `npm run build` made when the server runs compiled, else bundled by esbuild from the sources (`npm run
 * build-widget` writes the same file for static hosting). Loadable from any origin: it is a script, and all it can do is call the CORS-guarded API.
 *
 * GET /: a demo page (Danish; Norwegian with ?lang=no) listing what the assistant covers, with the widget
 * inline. Served with a strict CSP: no inline script, the stylesheet allowed by its hash.
 */
export function widgetRoutes({ engine }: WidgetRoutesDeps): Hono {
  const app = new Hono();
  let bundle: Promise<string> | undefined;
  const widgetCode = () =>
    (bundle ??= widgetScript().catch((err: unknown) => {
      bundle = undefined;
      throw err;
    }));

  app.get('/widget.js', etag(), async (c) => {
    const code = await widgetCode();
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.body(code, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });

  app.get('/', (c) => {
    const lang: Language = c.req.query('lang') === 'no' ? 'no' : 'da';
    c.header('Content-Security-Policy', CSP);
    c.header('Cache-Control', 'no-cache');
    return c.html(demoPage(lang, engine.documents(), new URL(c.req.url).origin));
  });

  return app;
}
