import type { QuestionWords } from '../types.js';

export const question: QuestionWords = {
  frame: [
    'strategi', 'strategien', 'strategier', 'strategierne', 'strategisk', 'strategiske', 'regionernes',
    'arbejder', 'arbejde', 'plan', 'planer', 'planlaegger', 'tiltag', 'siger', 'skriver', 'staar',
    'dokument', 'dokumentet', 'dokumenterne', 'taenker', 'mener',
  ],
  followUpOpeners: [
    'og', 'men', 'samme', 'ogsaa', 'hvad med', 'hvad saa med', 'hvad om', 'fortael mere', 'mere om', 'uddyb',
    'kan du uddybe',
  ],
  backReferences: ['de', 'dem', 'deres', 'det', 'den', 'dette', 'denne', 'der', 'disse', 'samme', 'ogsaa'],
};
