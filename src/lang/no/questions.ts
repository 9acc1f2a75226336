import type { QuestionWords } from '../types.js';

export const question: QuestionWords = {
  frame: [
    'strategi', 'strategien', 'strategier', 'strategiene', 'strategisk', 'strategiske', 'regionenes',
    'arbeider', 'arbeide', 'jobber', 'jobbe', 'plan', 'planer', 'planlegger', 'tiltak', 'sier', 'skriver',
    'staar', 'dokument', 'dokumentet', 'dokumentene', 'tenker', 'mener',
  ],
  followUpOpeners: [
    'og', 'men', 'samme', 'ogsaa', 'hva med', 'hva saa med', 'hva om', 'fortell mer', 'mer om', 'utdyp',
    'kan du utdype',
  ],
  backReferences: ['de', 'dem', 'deres', 'det', 'den', 'dette', 'denne', 'der', 'disse', 'samme', 'ogsaa'],
};
