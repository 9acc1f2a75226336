import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';

describe('language cues in word parts', () => {
  it.each([
    ['Hvordan vil de utnytte ressursene bedre?', 'no'],
    ['Hvordan vil de udnytte ressourcerne bedre?', 'da'],
    ['Skal fødeavdelingene legges ned?', 'no'],
    ['Skal fødeafdelingerne lukkes?', 'da'],
    ['Hvordan håndteres mangelen på arbeidskraft?', 'no'],
    ['Hvordan håndteres manglen på arbejdskraft?', 'da'],
    ['Kan man få fuldtidsjob som sygeplejerske?', 'da'],
    ['Kan man få fulltidsjobb som sykepleier?', 'no'],
  ] as const)('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('leaves a short text without cues to the fallback (the conversation’s language)', () => {
    expect(detectLanguage('Og Region Hovedstaden?', 'no')).toBe('no');
    expect(detectLanguage('Og Region Hovedstaden?', 'da')).toBe('da');
  });
});
