import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createEngine } from '../engine.js';
import { AskRequest, RETRIEVAL_MODES, type RetrievalMode } from '../shared/api.js';

/** `npm run ask -- "question" [--language da|no] [--mode hybrid|lexical|dense]`: prints answer and citations. */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { language: { type: 'string' }, mode: { type: 'string' }, json: { type: 'boolean' } },
});
const question = positionals.join(' ').trim();
if (!question) {
  console.error('usage: npm run ask -- "Hvad gør Region Nordjylland for at korte ventetiderne?" [--language da|no] [--mode hybrid|lexical|dense] [--json]');
  process.exit(2);
}
if (values.language && values.language !== 'da' && values.language !== 'no') {
  console.error('--language must be da or no');
  process.exit(2);
}
if (values.mode && !RETRIEVAL_MODES.includes(values.mode as RetrievalMode)) {
  console.error(`--mode must be one of ${RETRIEVAL_MODES.join(', ')}`);
  process.exit(2);
}

const request = AskRequest.safeParse({ question, language: values.language });
if (!request.success) {
  console.error(request.error.issues.map((i) => `${i.path.join('.') || 'question'}: ${i.message}`).join('\n'));
  process.exit(2);
}

const engine = await createEngine(loadConfig());
const response = await engine.ask(request.data, { mode: values.mode as RetrievalMode | undefined });
if (values.json) {
  console.log(JSON.stringify(response, null, 2));
} else {
  console.log(response.answer);
  if (response.citations.length) console.log('');
  for (const c of response.citations) console.log(`[${c.id}] ${c.region} — ${c.document} › ${c.section}\n    “${c.quote}”`);
  console.log(`\n(${response.language}, ${response.mode}${response.abstained ? ', abstained' : ''}, ${response.timings.totalMs} ms)`);
}
