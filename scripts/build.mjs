// `npm run build`: compiles src/ to dist/ (one JavaScript module per TypeScript module, with source maps)
// and bundles the browser scripts once into dist/widget.js and dist/admin.js, so that running the server
// needs no dev dependency. esbuild only strips types (fast, ~1 s); `npm run typecheck` is what checks them.
// dist/build-info.json is written last: it names the sources dist/ was built from (see sources.mjs).
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';
import { BUILD_INFO, sourcesHash } from './sources.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildDist() {
  const started = performance.now();
  await rm(`${root}/dist`, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/**/*.ts'],
    outdir: 'dist',
    outbase: 'src',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
  // The browser scripts' own bundler, run from the code just compiled: one definition of how they are made.
  const { BROWSER_SCRIPTS, bundleScript } = await import(`${root}/dist/widget/bundle.js`);
  for (const name of BROWSER_SCRIPTS) await writeFile(`${root}/dist/${name}.js`, await bundleScript(name));
  await stop(); // esbuild's service process would otherwise live as long as this one (npm start)
  await writeFile(`${root}/${BUILD_INFO}`, JSON.stringify({ sources: await sourcesHash(), builtAt: new Date().toISOString() }) + '\n');
  return performance.now() - started;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ms = await buildDist();
  console.log(`dist/ built in ${(ms / 1000).toFixed(1)} s`);
}
