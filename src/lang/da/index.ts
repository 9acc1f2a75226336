import type { LanguageData } from '../types.js';
import { messages } from './messages.js';
import { question } from './questions.js';
import { requests } from './requests.js';

export const data: LanguageData = { messages, question, requests };
