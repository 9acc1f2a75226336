import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createEngine, type Engine } from '../../src/engine.js';
import { createApp } from '../../src/server/app.js';
import { silentLogger, testConfig } from '../widget/helpers.js';

export interface Running {
  origin: string;
  close(): Promise<void>;
}

/** Serves `fetch` on 127.0.0.1 at a free port. */
export function listen(fetch: (req: Request) => Response | Promise<Response>): Promise<Running> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
      resolve({
        origin: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            (server as Server).closeAllConnections();
            server.close(() => done());
          }),
      });
    }) as Server;
  });
}

export const ADMIN_TOKEN = 'e2e-admin-token';

/** Debian's Chromium, headless; the flags keep it from reaching for the network this machine doesn't have. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The strategisvar server under test: the real app over the real engine and corpus (or `env`'s). */
export async function startStrategisvar(allowedOrigins: string[], env: Record<string, string> = {}): Promise<Running> {
  const config = testConfig({ ALLOWED_ORIGINS: allowedOrigins.join(','), ADMIN_TOKEN, ...env });
  return listen(createApp({ engine: await createEngine(config, silentLogger), config, logger: silentLogger }).fetch);
}

/** A strategisvar server on a fake engine the test controls (hostile passages, a paused stream). */
export function startWithEngine(engine: Engine): Promise<Running> {
  return listen(createApp({ engine, config: testConfig({ ADMIN_TOKEN }), logger: silentLogger }).fetch);
}

/** Another site: a page that embeds the widget from `widgetOrigin` as a launcher. */
export function startHostSite(widgetOrigin: () => string, lang: 'da' | 'no'): Promise<Running> {
  const site = new Hono();
  site.get('/', (c) =>
    c.html(`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Intranet</title></head>
<body style="font-family: sans-serif; margin: 16px">
<h1>Intranettet</h1>
<p><a href="#nyheder">Nyheder</a></p>
<p>En side på et andet origin, som indlejrer strategisvar.</p>
<script src="${widgetOrigin()}/widget.js" data-lang="${lang}" async></script>
</body></html>`),
  );
  return listen(site.fetch);
}
