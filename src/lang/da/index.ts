import type { LanguageData } from '../types.js';
import { asks } from './asks.js';
import { conceptContext, concepts } from './concepts.js';
import { derivation } from './derivation.js';
import { cues } from './language-cues.js';
import { messages } from './messages.js';
import { places, regionCollectives } from './places.js';
import { question } from './questions.js';
import { remit } from './remit.js';
import { requests } from './requests.js';

export const data: LanguageData = { asks, messages, question, requests, concepts, conceptContext, cues, places, regionCollectives, derivation, remit };
