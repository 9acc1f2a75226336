import { loadConfig } from './config.js';
import { createEngine } from './engine.js';
const engine = await createEngine(loadConfig());
for (const q of process.argv.slice(2)) {
  console.log('Q:', q);
  for (const mode of ['lexical','dense','hybrid'] as const) {
    const hits = await engine.search(q, 6, mode);
    console.log(' ', mode, hits.map((h: any) => `${h.section?.slice(0,28)}:${(h.score??0).toFixed(3)}`).join(' | '));
  }
}
