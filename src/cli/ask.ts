import { loadConfig } from '../config.js';
import { AskRequest, RETRIEVAL_MODES, type RetrievalMode } from '../shared/api.js';
import { parseCli, usageError } from './args.js';

/** `npm run ask -- "question" [--language da|no] [--mode hybrid|lexical|dense] [--json]`: prints answer and citations. */
const CLI = {
  name: 'ask',
  usage: `usage: npm run ask -- "Hvad gør Region Nordjylland for at korte ventetiderne?" [options]
  --language da|no   answer in this language (default: the question's)
  --mode M           retrieval: ${RETRIEVAL_MODES.join(' | ')} (default: RETRIEVAL_MODE)
  --json             print the whole response as JSON`,
};
const { values, positionals } = parseCli({
  ...CLI,
  options: { language: { type: 'string' }, mode: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: Infinity },
});
const question = positionals.join(' ').trim();
if (values.language && values.language !== 'da' && values.language !== 'no') usageError(CLI, '--language must be da or no');
if (values.mode && !RETRIEVAL_MODES.includes(values.mode as RetrievalMode)) {
  usageError(CLI, `--mode must be one of ${RETRIEVAL_MODES.join(', ')}`);
}

const request = AskRequest.safeParse({ question, language: values.language });
if (!request.success) usageError(CLI, request.error.issues.map((i) => `${i.path.join('.') || 'question'}: ${i.message}`).join('; '));

// Loaded after the arguments are checked: the engine's modules take seconds.
const { createEngine } = await import('../engine.js');
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
