import { Hono } from 'hono';
import { browserScript } from '../../widget/bundle.js';
import { currentLanguage } from '../messages.js';
import { adminPage, ADMIN_PAGE_CSS } from '../pages/admin-page.js';
import { pageCsp } from '../pages/page.js';

const CSP = pageCsp({ css: ADMIN_PAGE_CSS, scripts: true, connect: true });

/**
 * GET /admin/feedback: the feedback page for whoever maintains the assistant (Danish, or Norwegian by
 * Accept-Language or ?lang=no), and GET /admin/feedback.js, its script. The page itself is public; what it
 * shows comes from GET /api/feedback, which needs the ADMIN_TOKEN the page asks for.
 */
export function adminRoutes(): Hono {
  const app = new Hono();
  let script: Promise<string> | undefined;
  const code = () =>
    (script ??= browserScript('admin').catch((err: unknown) => {
      script = undefined;
      throw err;
    }));

  app.get('/feedback', (c) => {
    const query = c.req.query('lang');
    const lang = query === 'no' || query === 'da' ? query : currentLanguage(c);
    c.header('Content-Security-Policy', CSP);
    c.header('Cache-Control', 'no-store');
    return c.html(adminPage(lang));
  });

  app.get('/feedback.js', async (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.body(await code(), 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });

  return app;
}
