// `npm start`: builds dist/ first when it is missing or older than the sources, then runs the server in
// this same process, so the signals a process manager sends (through npm) reach the server itself.
// In production run `node dist/server/main.js` directly, after `npm run build`.
import { distIsCurrent } from './sources.mjs';

if (!(await distIsCurrent())) {
  let buildDist;
  try {
    ({ buildDist } = await import('./build.mjs'));
  } catch {
    console.error('dist/ is missing or out of date, and esbuild (a dev dependency) is not installed: run `npm ci && npm run build` first.');
    process.exit(1);
  }
  console.error('building dist/ (the sources changed since the last build)…');
  await buildDist();
}
await import('../dist/server/main.js');
