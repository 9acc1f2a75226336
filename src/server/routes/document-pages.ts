import { Hono } from 'hono';
import type { Engine } from '../../engine.js';
import { parseHighlight } from '../../shared/documents.js';
import { currentLanguage } from '../messages.js';
import { documentListPage, documentNotFoundPage, documentPage, DOCUMENT_PAGE_CSS } from '../pages/document-page.js';
import { pageCsp } from '../pages/page.js';

const CSP = pageCsp({ css: DOCUMENT_PAGE_CSS });

/**
 * GET /documents: the documents, with links to their pages. GET /documents/:id: one document's whole text
 * (`?hl=start-end` highlights that character range; `#hl` scrolls to it). A range that is malformed or
 * outside the text is ignored rather than refused: the page is still worth showing. No script runs on them.
 */
export function documentPageRoutes({ engine }: { engine: Engine }): Hono {
  const app = new Hono();
  app.use(async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('Cache-Control', 'no-cache');
  });

  app.get('/', (c) => {
    const lang = c.req.query('lang') === 'no' ? 'no' : c.req.query('lang') === 'da' ? 'da' : currentLanguage(c);
    return c.html(documentListPage(engine.documents().documents, lang));
  });

  app.get('/:id', (c) => {
    const doc = engine.document(c.req.param('id'));
    if (!doc) return c.html(documentNotFoundPage(currentLanguage(c)), 404);
    return c.html(documentPage(doc, parseHighlight(c.req.query('hl'), doc.text.length)));
  });

  return app;
}
