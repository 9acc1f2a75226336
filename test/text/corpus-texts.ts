import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The corpus documents' raw texts, for building a realistic lexicon in tests. */
export function corpusTexts(dir = 'corpus'): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}
