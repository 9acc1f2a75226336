import type { RequestWords } from '../types.js';

/**
 * English is no answer language, but attempts to re-instruct an assistant are often written in English
 * whatever language the rest of the message is in.
 */
export const requests: RequestWords = {
  dismissVerbs: ['ignore', 'forget', 'disregard'],
  instructionNouns: ['instruction*', 'rules', 'prompt*', 'everything', 'previous', 'above'],
  systemPhrases: ['system prompt*', 'system message*', 'jailbreak*', 'developer mode', 'my instructions'],
  directives: [
    'answer only', 'always end', 'admin mode', 'to the ai assistant', 'hidden instructions', 'answer as', 'reply as', 'respond as',
    'answer in english', 'reply in english', 'respond in english',
  ],
  rolePhrases: ['you are now', 'from now on', 'act as', 'pretend'],
  revealVerbs: ['print', 'reveal', 'show'],
  secretNouns: ['instruction*', 'prompt*', 'source code', 'api key*'],
  createVerbs: ['write', 'compose'],
  creativeNouns: ['poem', 'song', 'joke', 'story', 'essay', 'haiku'],
  tellVerbs: ['tell'],
  articles: ['a', 'an'],
  jokeNouns: ['joke', 'story'],
  translateVerbs: ['translate'],
  chitChat: ['what is your name', 'who are you', 'how are you', 'are you a robot', 'are you an ai'],
  opinions: ['your honest opinion', 'your own opinion', 'your personal opinion', 'what do you think yourself', 'what do you personally think'],
  greetings: ['hi', 'hello', 'thanks', 'thank you'],
  closings: ['thanks for', 'thank you for', 'goodbye', 'bye', 'have a nice'],
  yours: ['your'],
  anyonesThings: ['answer', 'reply', 'doctor', 'mother', 'father', 'child', 'health'],
  findingVerbs: ['find', 'know', 'have', 'see', 'recommend', 'think'],
  you: ['you'],
  afterYou: ['really', 'yourself'],
  joins: ['and', 'but', 'and then', 'then'],
  orderVerbs: ['answer', 'reply', 'respond', 'write', 'say', 'mention', 'use', 'confirm', 'repeat', 'start', 'begin', 'end', 'finish', 'remember', 'include', 'add', 'omit', 'do not', "don't", 'never', 'always', 'act', 'speak', 'talk', 'treat'],
};
