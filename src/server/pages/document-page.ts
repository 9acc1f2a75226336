import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { DocumentText } from '../../engine.js';
import { BULLET_MARKER } from '../../ingest/lines.js';
import type { Block } from '../../ingest/types.js';
import type { DocumentSummary, Language } from '../../shared/api.js';
import { formatCalendarDate, HIGHLIGHT_ID, type CharacterRange } from '../../shared/documents.js';
import { foldNordic } from '../../text/normalize.js';
import { BASE_CSS } from './page.js';

/**
 * The source viewer: a document's whole text as the index has it, its section headings as anchors, and a
 * passage (a citation's character range) highlighted. It is plain server-rendered HTML with no script, in
 * the document's own language, so it works for everyone and every link into it is a plain URL.
 */

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export const DOCUMENT_PAGE_CSS = `${BASE_CSS}
header, .layout, .single, footer { max-width: 1100px; margin: 0 auto; padding: 16px; }
header { padding-top: 20px; }
.crumbs { margin: 0 0 12px; font-size: .95rem; }
.region { margin: 0; font-weight: 600; color: #4d5661; }
h1 { margin: 2px 0 12px; font-size: 1.7rem; line-height: 1.25; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.note { margin: 14px 0 0; padding: 10px 12px; background: #fff8d6; border: 1px solid #8a6d00; border-radius: 8px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 3fr); gap: 24px; align-items: start; }
@media (max-width: 800px) { .layout { grid-template-columns: minmax(0, 1fr); } }
.toc { position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow-y: auto; background: #fff; border: 1px solid #d0d7de; border-radius: 12px; padding: 12px 16px; }
@media (max-width: 800px) { .toc { position: static; max-height: none; } }
.toc h2 { margin: 0 0 6px; font-size: 1rem; }
.toc ol { margin: 0; padding-left: 18px; }
.toc li { margin: 3px 0; }
main { background: #fff; border: 1px solid #d0d7de; border-radius: 12px; padding: 8px 24px 16px; }
main:focus { outline: none; }
article { max-width: 72ch; }
article h2 { font-size: 1.3rem; margin: 24px 0 8px; }
article h3 { font-size: 1.1rem; margin: 20px 0 6px; }
article h4, article h5, article h6 { font-size: 1rem; margin: 16px 0 4px; }
h2, h3, h4, h5, h6 { scroll-margin-top: 16px; }
article ul { padding-left: 22px; }
article li { margin: 4px 0; }
mark { background: #ffe27a; color: inherit; padding: 1px 0; box-shadow: 0 0 0 2px #ffe27a; }
mark#${HIGHLIGHT_ID} { scroll-margin-top: 30vh; }
mark:target, mark#${HIGHLIGHT_ID}:focus { outline: 3px solid #8a6d00; outline-offset: 2px; }
footer { color: #4d5661; font-size: .9rem; }
`;

const TEXT = {
  da: {
    skip: 'Gå til teksten',
    crumbs: 'Sti',
    home: 'strategisvar',
    documents: 'Dokumenter',
    regionLabel: 'Region',
    languageLabel: 'Sprog',
    language: { da: 'dansk', no: 'norsk' },
    published: 'Udgivet',
    retrieved: 'Hentet',
    original: 'Original',
    highlighted: 'Det markerede er den passage, svaret citerer.',
    toHighlight: 'Gå til passagen',
    contents: 'Indhold',
    footer: 'Teksten er gengivet, som assistenten har den, uden layout og billeder. Se originalen for den autoritative udgave.',
    notFound: 'Dokumentet findes ikke.',
    allDocuments: 'Se alle dokumenter',
    listTitle: 'Dokumenter – strategisvar',
    listHeading: 'Dokumenterne assistenten svarer ud fra',
    sections: (n: number) => `${n} afsnit`,
  },
  no: {
    skip: 'Gå til teksten',
    crumbs: 'Sti',
    home: 'strategisvar',
    documents: 'Dokumenter',
    regionLabel: 'Region',
    languageLabel: 'Språk',
    language: { da: 'dansk', no: 'norsk' },
    published: 'Publisert',
    retrieved: 'Hentet',
    original: 'Original',
    highlighted: 'Det markerte er passasjen svaret siterer.',
    toHighlight: 'Gå til passasjen',
    contents: 'Innhold',
    footer: 'Teksten er gjengitt slik assistenten har den, uten layout og bilder. Se originalen for den autoritative utgaven.',
    notFound: 'Dokumentet finnes ikke.',
    allDocuments: 'Se alle dokumenter',
    listTitle: 'Dokumenter – strategisvar',
    listHeading: 'Dokumentene assistenten svarer ut fra',
    sections: (n: number) => `${n} avsnitt`,
  },
} as const;

/** Ids the page itself uses, which no heading may take. */
const PAGE_IDS = [HIGHLIGHT_ID, 'text', 'toc-heading'];

/** An anchor for a heading path, readable in a URL ("sundhed-respekt-for-patientens-tid"), unique on the page. */
function anchorMaker(): (label: string) => string {
  const used = new Map(PAGE_IDS.map((id) => [id, 1]));
  return (label) => {
    const base = foldNordic(label).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'afsnit';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

/** A run of a block's displayed text, inside the highlighted range or not. */
interface Run {
  text: string;
  marked: boolean;
}

/**
 * A block's text as displayed: its list marker dropped, whitespace (wrapped lines) collapsed, exactly as the
 * index cleans it, split into runs by whether each character's source offset lies in `highlight`.
 */
export function blockRuns(text: string, block: Pick<Block, 'kind' | 'start' | 'end'>, highlight?: CharacterRange): Run[] {
  let from = block.start;
  if (block.kind === 'bullet') from += BULLET_MARKER.exec(text.slice(from, block.end))?.[0].length ?? 0;
  const runs: Run[] = [];
  let pendingSpace: boolean | undefined; // a collapsed whitespace run waiting for the next character
  const push = (ch: string, marked: boolean) => {
    const last = runs.at(-1);
    if (last && last.marked === marked) last.text += ch;
    else runs.push({ text: ch, marked });
  };
  for (let i = from; i < block.end; i++) {
    const marked = highlight !== undefined && i >= highlight.start && i < highlight.end;
    if (/\s/.test(text[i])) {
      if (runs.length && pendingSpace === undefined) pendingSpace = marked;
      continue;
    }
    // A space between two highlighted characters is highlighted too.
    if (pendingSpace !== undefined) push(' ', pendingSpace && marked);
    pendingSpace = undefined;
    push(text[i], marked);
  }
  return runs;
}

interface Rendered {
  body: Html[];
  toc: { id: string; label: string; depth: number }[];
  highlighted: boolean;
}

/** Headings for each level of a section path not already open, then its blocks (list items grouped). */
function renderSections(doc: DocumentText, highlight: CharacterRange | undefined): Rendered {
  const anchor = anchorMaker();
  const body: Html[] = [];
  const toc: Rendered['toc'] = [];
  let open: string[] = [];
  let highlighted = false;

  const runsHtml = (block: Block): Html[] =>
    blockRuns(doc.text, block, highlight).map((run) => {
      if (!run.marked) return html`${run.text}`;
      const first = !highlighted;
      highlighted = true;
      return first ? html`<mark id="${HIGHLIGHT_ID}" tabindex="-1">${run.text}</mark>` : html`<mark>${run.text}</mark>`;
    });

  for (const section of doc.sections) {
    const path = section.path.length ? section.path : [doc.document.title];
    const shared = path.findIndex((part, i) => open[i] !== part);
    const from = shared === -1 ? path.length : shared;
    for (let depth = from; depth < path.length; depth++) {
      const id = anchor(path.slice(0, depth + 1).join(' › '));
      const level = Math.min(depth + 2, 6);
      toc.push({ id, label: path[depth], depth });
      body.push(html`<h${level} id="${id}">${path[depth]}</h${level}>`);
    }
    open = path;

    let list: Html[] = [];
    const flush = () => {
      if (list.length) body.push(html`<ul>${list}</ul>`);
      list = [];
    };
    for (const block of section.blocks) {
      if (block.kind === 'bullet') list.push(html`<li>${runsHtml(block)}</li>`);
      else {
        flush();
        body.push(html`<p>${runsHtml(block)}</p>`);
      }
    }
    flush();
  }
  return { body, toc, highlighted };
}

interface TocNode {
  id: string;
  label: string;
  children: TocNode[];
}

/** Nested lists following the heading depth, so the outline reads as the document's own. */
function tocHtml(entries: Rendered['toc']): Html {
  const roots: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const { id, label, depth } of entries) {
    const node = { id, label, children: [] };
    stack.length = Math.min(stack.length, depth);
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  const list = (nodes: TocNode[]): Html =>
    html`<ol>${nodes.map((n) => html`<li><a href="#${n.id}">${n.label}</a>${n.children.length ? list(n.children) : ''}</li>`)}</ol>`;
  return list(roots);
}

/** "www.rn.dk/om-os/strategi": an address as a readable link text. */
function displayUrl(url: string): string {
  const { host, pathname, search } = new URL(url);
  return `${host}${pathname === '/' ? '' : pathname}${search}`;
}

function facts(document: DocumentSummary, lang: Language): Html {
  const t = TEXT[lang];
  const date = (value: string) => html`<time datetime="${value}">${formatCalendarDate(value, lang)}</time>`;
  return html`<dl class="facts">
    <dt>${t.regionLabel}</dt><dd>${document.region}</dd>
    <dt>${t.languageLabel}</dt><dd>${t.language[document.language]}</dd>
    ${document.published ? html`<dt>${t.published}</dt><dd>${date(document.published)}</dd>` : ''}
    ${document.retrieved ? html`<dt>${t.retrieved}</dt><dd>${date(document.retrieved)}</dd>` : ''}
    ${document.sourceUrl ? html`<dt>${t.original}</dt><dd><a href="${document.sourceUrl}" rel="noopener noreferrer">${displayUrl(document.sourceUrl)}</a></dd>` : ''}
  </dl>`;
}

function shell(lang: Language, title: string, content: Html): Html {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${raw(DOCUMENT_PAGE_CSS)}</style>
</head>
<body>
${content}
</body>
</html>`;
}

/** GET /documents/:id. Links are relative, so the pages work behind a proxy that adds a path prefix. */
export function documentPage(doc: DocumentText, highlight: CharacterRange | undefined): Html {
  const { document } = doc;
  const lang = document.language;
  const t = TEXT[lang];
  const { body, toc, highlighted } = renderSections(doc, highlight);
  return shell(
    lang,
    `${document.title} – ${document.region}`,
    html`<a class="skip" href="#text">${t.skip}</a>
<header>
  <nav class="crumbs" aria-label="${t.crumbs}"><a href="../?lang=${lang}">${t.home}</a> › <a href="../documents">${t.documents}</a></nav>
  <p class="region">${document.region}</p>
  <h1>${document.title}</h1>
  ${facts(document, lang)}
  ${highlighted ? html`<p class="note">${t.highlighted} <a href="#${HIGHLIGHT_ID}">${t.toHighlight}</a></p>` : ''}
</header>
<div class="layout">
  <nav class="toc" aria-labelledby="toc-heading">
    <h2 id="toc-heading">${t.contents}</h2>
    ${tocHtml(toc)}
  </nav>
  <main id="text" tabindex="-1">
    <article>${body}</article>
  </main>
</div>
<footer><p>${t.footer}</p></footer>`,
  );
}

/** GET /documents: every document, grouped by region, in the asker's language. */
export function documentListPage(documents: DocumentSummary[], lang: Language): Html {
  const t = TEXT[lang];
  const regions = [...new Set(documents.map((d) => d.region))];
  return shell(
    lang,
    t.listTitle,
    html`<a class="skip" href="#text">${t.skip}</a>
<header>
  <nav class="crumbs" aria-label="${t.crumbs}"><a href="./?lang=${lang}">${t.home}</a></nav>
  <h1>${t.listHeading}</h1>
</header>
<div class="single">
  <main id="text" tabindex="-1">
    ${regions.map(
      (region) => html`<h2>${region}</h2>
      <ul>${documents
        .filter((d) => d.region === region)
        .map(
          (d) => html`<li lang="${d.language}"><a href="documents/${encodeURIComponent(d.id)}">${d.title}</a>
            <span class="meta">– ${t.language[d.language]}, ${t.sections(d.sections.length)}${
              d.published ? html`, ${formatCalendarDate(d.published, lang)}` : ''
            }</span></li>`,
        )}</ul>`,
    )}
  </main>
</div>`,
  );
}

/** The 404 page for an unknown document id, in the asker's language. */
export function documentNotFoundPage(lang: Language): Html {
  const t = TEXT[lang];
  return shell(lang, t.notFound, html`<header><h1>${t.notFound}</h1><p><a href="../documents">${t.allDocuments}</a></p></header>`);
}
