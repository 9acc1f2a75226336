import { loadConfig } from './src/config.js';
import { loadIndex } from './src/index/build.js';
const idx = await loadIndex(loadConfig({ ...process.env, INDEX_DIR: '/tmp/idx1' }));
for (const q of process.argv.slice(2)) {
  const v = await idx.embeddings.embedQuery(q);
  const hits = idx.vectors.searchByVector(v, 3);
  console.log(q.padEnd(60), hits.map((h) => `${h.id}:${h.score.toFixed(3)}`).join('  '));
}
