import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleScript } from '../../src/widget/bundle.js';

/** The widget loads on every page of an intranet: its budget is 12 KB gzipped. */
const WIDGET_GZIP_BUDGET = 12 * 1024;

describe('browser bundles', () => {
  it('keeps widget.js under its size budget', async () => {
    const code = await bundleScript('widget');
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(WIDGET_GZIP_BUDGET);
  });

  it('bundles the feedback page script on its own, without the server code it refers to by type', async () => {
    const code = await bundleScript('admin');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toContain('better-sqlite3');
    expect(code).toContain('strategisvar:admin-token');
  });
});
