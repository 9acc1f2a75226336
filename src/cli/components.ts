import { loadConfig } from '../config.js';
import { createEngine } from '../engine.js';
import { componentOutcomes, formatComponentOutcomes } from '../eval/components.js';

/**
 * `npm run components`: asks every text of the labelled component sets (eval/components) in-process and prints,
 * per set and label, how many were refused and how many pointed to 112/113 (eval/README.md says what each label
 * should get).
 */
const engine = await createEngine(loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }));
console.log(formatComponentOutcomes(await componentOutcomes('eval/components', (question) => engine.ask({ question }))));
