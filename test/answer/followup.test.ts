import { describe, expect, it } from 'vitest';
import { condenseFollowUp, withoutCourtesy } from '../../src/answer/followup.js';
import { createRegionMatcher } from '../../src/retrieve/regions.js';

const regions = createRegionMatcher({
  regions: [
    { name: 'Region Nordjylland', aliases: ['Nordjylland'] },
    { name: 'Region Midtjylland', aliases: ['Midtjylland'] },
    { name: 'Helse Nord', aliases: [] },
  ],
  otherRegions: [],
});
const STOP = new Set(['og', 'hvad', 'hva', 'med', 'gør', 'for', 'at', 'de', 'der', 'om', 'i', 'vil', 'hvordan', 'det', 'så', 'hvorfor', 'er', 'dem']);
const contentTerms = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w));
const deps = { regions, contentTerms };
const history = [
  { role: 'user' as const, content: 'Hvad gør Region Nordjylland for at korte ventetiderne?' },
  { role: 'assistant' as const, content: 'Region Nordjylland skriver … [1]' },
];

describe('condenseFollowUp', () => {
  it('borrows the previous topic when the follow-up only names a region', () => {
    const q = condenseFollowUp('Og hvad med Region Midtjylland?', history, deps);
    expect(q).toContain('Region Midtjylland');
    expect(q).toContain('ventetiderne');
    expect(q).not.toContain('Nordjylland');
  });

  it('borrows the previous region when the follow-up has a topic but no region', () => {
    const q = condenseFollowUp('Og hvad med ambulancerne?', history, deps);
    expect(q).toContain('ambulancerne');
    expect(q).toContain('Region Nordjylland');
  });

  it('leaves a standalone question alone', () => {
    const q = 'Hva vil Helse Nord gjøre for samisktalende pasienter?';
    expect(condenseFollowUp(q, history, deps)).toBe(q);
  });

  it('without history there is nothing to borrow', () => {
    expect(condenseFollowUp('Og hvad med Midtjylland?', undefined, deps)).toBe('Og hvad med Midtjylland?');
    expect(condenseFollowUp('Og hvad med Midtjylland?', [], deps)).toBe('Og hvad med Midtjylland?');
  });

  it('uses the latest user turn, not assistant text', () => {
    const longer = [
      { role: 'user' as const, content: 'Hvad gør Helse Nord for rekruttering?' },
      ...history,
      { role: 'assistant' as const, content: 'Noget om madspild' },
    ];
    const q = condenseFollowUp('Og Midtjylland?', longer, deps);
    expect(q).toContain('ventetiderne');
    expect(q).not.toContain('madspild');
  });
});

describe('thanks before the follow-up', () => {
  it('takes the earlier topic to a new region after thanks', () => {
    for (const turn of ['takk! Men Midtjylland?', 'Tak. Men i Midtjylland?', 'fint, men Midtjylland?', 'tak og Midtjylland?']) {
      const q = condenseFollowUp(turn, history, deps);
      expect(q).toContain('ventetiderne');
      expect(q).not.toMatch(/tak/i);
    }
  });

  it('keeps "tak" that is no thanks, and a turn that is only thanks', () => {
    expect(withoutCourtesy('Hvordan får Midtjylland tak i flere sygeplejersker?')).toBe('Hvordan får Midtjylland tak i flere sygeplejersker?');
    expect(withoutCourtesy('tusen takk!')).toBe('tusen takk!');
    expect(withoutCourtesy('Tusind tak. Og i Aalborg?')).toBe('Og i Aalborg?');
  });
});

describe('asking for more', () => {
  it('keeps the region of the conversation', () => {
    const earlier = [{ role: 'user' as const, content: 'Hvad gør Region Midtjylland for forskning?' }];
    expect(condenseFollowUp('Fortæl mere om forskningen.', earlier, deps)).toContain('Region Midtjylland');
    expect(condenseFollowUp('Fortell mer om forskningen.', earlier, deps)).toContain('Region Midtjylland');
  });
});

describe('deeper conversations', () => {
  it('carries the first question’s region and topic to the third turn', () => {
    const turns = [
      { role: 'user' as const, content: 'Hvad gør Helse Nord med telemedicin?' },
      { role: 'assistant' as const, content: 'Helse Nord vil … [1]' },
      { role: 'user' as const, content: 'Og hvordan skal sygehusene kobles sammen?' },
      { role: 'assistant' as const, content: 'Gennem et helsenett … [1]' },
    ];
    const q = condenseFollowUp('Og de private specialister, kommer de med?', turns, deps);
    expect(q.startsWith('Og de private specialister, kommer de med?')).toBe(true);
    expect(q).toContain('Helse Nord');
    // The conversation's topic comes along as context of its own, after the question.
    expect(q).toMatch(/telemedicin/);
  });

  it('takes "noget lignende" in another region as the earlier topic asked there', () => {
    const q = condenseFollowUp('Har Region Midtjylland noget lignende?', history, deps);
    expect(q).toContain('Region Midtjylland');
    expect(q).toContain('ventetiderne');
    expect(q).not.toContain('Nordjylland');
  });

  it('moves on to a new topic with "hvad med …", keeping only the region', () => {
    const q = condenseFollowUp('Hvad med pårørende?', history, deps);
    expect(q).toContain('Region Nordjylland');
    expect(q).not.toContain('ventetiderne');
  });

  it('keeps a region for a question that names none', () => {
    expect(condenseFollowUp('Hvordan arbejder de med rekruttering?', history, deps)).toContain('Region Nordjylland');
  });
});

describe('reading the previous answer', () => {
  const answered = (question: string, answer: string) => [
    { role: 'user' as const, content: question },
    { role: 'assistant' as const, content: answer },
  ];

  it('takes the region the answer came from when the question named none', () => {
    const turns = answered('Hvad gør de for at korte ventetiderne?', 'Kort fortalt siger Region Midtjylland:\n„Vi vil nedbringe ventetiden.“ [1]');
    expect(condenseFollowUp('Og hvordan skal det ske?', turns, deps)).toContain('Region Midtjylland');
  });

  it('keeps no region when the answer spans several', () => {
    const turns = answered('Hvad gør de for at korte ventetiderne?', 'Region Midtjylland og Region Nordjylland skriver begge om ventetid. [1]');
    const q = condenseFollowUp('Og hvordan skal det ske?', turns, deps);
    expect(q).not.toContain('Midtjylland');
    expect(q).not.toContain('Nordjylland');
  });
});
