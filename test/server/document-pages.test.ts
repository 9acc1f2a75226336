import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { blockRuns } from '../../src/server/pages/document-page.js';
import { documentPath, formatCalendarDate, parseHighlight } from '../../src/shared/documents.js';
import { createFakeEngine, FAKE_PASSAGES, HOSTILE_PASSAGE } from '../helpers/fake-engine.js';
import { silentLogger, testConfig } from '../widget/helpers.js';

const dated = FAKE_PASSAGES.map((p) =>
  p.documentId === 'helse-nord-strategi' ? { ...p, sourceUrl: 'https://example.org/helse-nord/strategi', published: '2023-06', retrieved: '2025-01-31' } : p,
);
const engine = createFakeEngine({ passages: [...dated, HOSTILE_PASSAGE] });
const app = createApp({ engine, config: testConfig(), logger: silentLogger });
const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers });
  return { res, body: await res.text() };
};

describe('GET /documents/:id', () => {
  it('shows the whole text in the document’s language, with its sections as anchored headings and a contents list', async () => {
    const { res, body } = await page('/documents/helse-nord-strategi');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(body).toContain('<html lang="no">');
    expect(body).toContain('<h1>Helse Nords strategi</h1>');
    for (const p of dated.filter((x) => x.documentId === 'helse-nord-strategi')) expect(body).toContain(p.text);
    expect(body).toContain('<h2 id="tilgjengelighet">Tilgjengelighet</h2>');
    expect(body).toContain('<a href="#rekruttering-og-stabilisering">Rekruttering og stabilisering</a>');
    expect(body).not.toContain('<mark');
  });

  it('shows where the document comes from and when, when the manifest says', async () => {
    const { body } = await page('/documents/helse-nord-strategi');
    expect(body).toContain('<a href="https://example.org/helse-nord/strategi" rel="noopener noreferrer">example.org/helse-nord/strategi</a>');
    expect(body).toContain('<time datetime="2023-06">juni 2023</time>');
    expect(body).toContain('<time datetime="2025-01-31">31. januar 2025</time>');
    const plain = (await page('/documents/nordjylland-vision')).body;
    expect(plain).toContain('<html lang="da">');
    expect(plain).not.toContain('Udgivet');
  });

  it('highlights a character range: the exact characters, across a section’s paragraph, with the first mark as #hl', async () => {
    const doc = engine.document('nordjylland-vision')!;
    const quote = 'ventetiden bliver kortere';
    const start = doc.text.indexOf(quote);
    const { body } = await page(`/${documentPath('nordjylland-vision', { start, end: start + quote.length })}`.replace(/#.*$/, ''));
    expect(body).toContain(`<mark id="hl" tabindex="-1">${quote}</mark>`);
    expect(body.match(/<mark/g)).toHaveLength(1);
    expect(body).toContain('Det markerede er den passage, svaret citerer. <a href="#hl">Gå til passagen</a>');
  });

  it('ignores a malformed or out-of-range highlight instead of refusing the page', async () => {
    for (const hl of ['abc', '10-5', '0-999999', '-1-4', '5-5']) {
      const { res, body } = await page(`/documents/nordjylland-vision?hl=${hl}`);
      expect(res.status, hl).toBe(200);
      expect(body, hl).not.toContain('<mark');
    }
  });

  it('escapes document text and metadata', async () => {
    const { body } = await page('/documents/test-hostile');
    expect(body).not.toContain('<img src=x');
    expect(body).not.toContain('<script>window.__pwned');
    expect(body).toContain('&lt;img src=x onerror=');
    expect(body).toContain('Region &lt;b&gt;Test&lt;/b&gt;');
    const marked = (await page('/documents/test-hostile?hl=10-30')).body;
    expect(marked).toContain('<mark id="hl" tabindex="-1">&lt;img src=x onerror=&quot;</mark>');
  });

  it('runs no script: its CSP forbids scripts and allows only its own stylesheet', async () => {
    const { res, body } = await page('/documents/nordjylland-vision');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const style = /<style>([\s\S]*?)<\/style>/.exec(body)![1];
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style))).toString('base64');
    expect(csp).toContain(`'sha256-${digest}'`);
    expect(body).not.toContain('<script');
  });

  it('answers an unknown document with a 404 page in the asker’s language', async () => {
    const da = await page('/documents/findes-ikke');
    expect(da.res.status).toBe(404);
    expect(da.body).toContain('Dokumentet findes ikke.');
    const no = await page('/documents/finnes-ikke', { 'Accept-Language': 'nb-NO,nb;q=0.9' });
    expect(no.body).toContain('Dokumentet finnes ikke.');
  });
});

describe('GET /documents', () => {
  it('lists every document with a link to its page', async () => {
    const { res, body } = await page('/documents');
    expect(res.status).toBe(200);
    for (const d of engine.documents().documents) expect(body).toContain(`href="documents/${d.id}"`);
    expect(body).toContain('juni 2023');
  });
});

describe('section anchors', () => {
  it('are unique, and never one of the page’s own ids', async () => {
    const passages = ['Tekst', 'HL', 'Tekst'].map((section, i) => ({ ...FAKE_PASSAGES[2], section, text: `Afsnit ${i}.` }));
    const own = createApp({ engine: createFakeEngine({ passages }), config: testConfig(), logger: silentLogger });
    const body = await (await own.request('/documents/nordjylland-vision')).text();
    const article = body.slice(body.indexOf('<article>'));
    expect([...article.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1])).toEqual(['tekst', 'hl-2', 'tekst-2']);
  });
});

describe('blockRuns', () => {
  const text = 'Overskrift\n\n\uF0B7 Vi vil korte\n   ventetiderne  markant.\n';
  const block = { kind: 'bullet' as const, start: text.indexOf('\uF0B7'), end: text.indexOf('markant.') + 8 };

  it('shows a block as the index cleans it: marker gone, wrapped lines joined', () => {
    expect(blockRuns(text, block)).toEqual([{ text: 'Vi vil korte ventetiderne markant.', marked: false }]);
  });

  it('marks exactly the characters of the range, and the spaces inside it', () => {
    const start = text.indexOf('korte');
    const end = text.indexOf('ventetiderne') + 'ventetiderne'.length;
    expect(blockRuns(text, block, { start, end })).toEqual([
      { text: 'Vi vil ', marked: false },
      { text: 'korte ventetiderne', marked: true },
      { text: ' markant.', marked: false },
    ]);
  });
});

describe('shared document helpers', () => {
  it('builds the link the widget uses and parses the range back', () => {
    expect(documentPath('a b', { start: 3, end: 9 })).toBe('documents/a%20b?hl=3-9#hl');
    expect(parseHighlight('3-9', 10)).toEqual({ start: 3, end: 9 });
    expect(parseHighlight('3-11', 10)).toBeUndefined();
  });

  it('writes dates as precisely as they are known, in either language', () => {
    expect(formatCalendarDate('2024', 'da')).toBe('2024');
    expect(formatCalendarDate('2024-03', 'da')).toBe('marts 2024');
    expect(formatCalendarDate('2024-03-12', 'no')).toBe('12. mars 2024');
  });
});
