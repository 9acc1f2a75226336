import { describe, expect, it } from 'vitest';
import { condenseFollowUp, withoutCourtesy } from '../../src/answer/followup.js';
import { createCorpusConceptMatcher } from '../../src/retrieve/concepts.js';
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
/** A conversation from its turns' texts, the asker's first. */
const talk = (...contents: string[]) => contents.map((content, i) => ({ role: i % 2 ? ('assistant' as const) : ('user' as const), content }));
const history = talk(
  'Hvad gør Region Nordjylland for at korte ventetiderne?',
  'Region Nordjylland skriver … [1]',
);

describe('condenseFollowUp', () => {
  it('borrows the previous topic when the follow-up only names a region', () => {
    const q = condenseFollowUp('Og hvad med Region Midtjylland?', history, deps);
    expect(q).toContain('Region Midtjylland');
    expect(q).toContain('ventetiderne');
    expect(q).not.toContain('Nordjylland');
  });

  it('reads "så" (then) in a short turn as pointing back: the earlier topic goes along to the place told of', () => {
    expect(condenseFollowUp('Bor man i Midtjylland, hvad så?', history, deps)).toContain('ventetiderne');
    expect(condenseFollowUp('Bor man i Midtjylland, hvad nu?', history, deps)).not.toContain('ventetiderne');
  });

  it('reads an ordinal as the item of the list an earlier answer gave, in the conversation’s region', () => {
    const listed = talk(
      'Hvad står der om psykiatri hos Region Midtjylland?',
      'Der er tre spor: forebyggelse for børn og unge, en helhedsorienteret indsats, og et bedre og længere liv for mennesker med psykisk sygdom.',
      'Hvad med børnene?',
      'Alle parter omkring barnet tænkes ind. [1]',
    );
    // The list is two turns back; "spor" is the list's own word; a comma before "og" keeps "bedre og længere" one item.
    const last = condenseFollowUp('Og det sidste spor – hvad vil de konkret?', listed, deps);
    expect(last).toContain('et bedre og længere liv for mennesker med psykisk sygdom');
    expect(last).toContain('Region Midtjylland');
    expect(condenseFollowUp('Den første der?', listed, deps)).toContain('forebyggelse for børn og unge');
    // Semicolons, and bullets as the answers write them.
    const areas = talk(
      'Hva er fokusområdene til Helse Nord?',
      'Sju: kunnskap, kvalitet og læring; tilgjengelighet; rekruttering og stabilisering.',
    );
    expect(condenseFollowUp('Det andre der – hva betyr det?', areas, deps)).toContain('tilgjengelighet');
    const bullets = talk(
      'Hvad gør Region Nordjylland for klimaet?',
      'Kort fortalt:\n• Fossilfri kollektiv trafik [1]\n• Mindre madspild [2]\n• Grøn energi [3]',
    );
    expect(condenseFollowUp('Fortæl mere om nummer to', bullets, deps)).toContain('Mindre madspild');
    const numbered = talk(
      'Hvad er de fire temaer i Region Hovedstaden?',
      '1) Medarbejdere og trivsel, 2) byggeri og nye rammer, 3) digitalisering.',
    );
    expect(condenseFollowUp('kan du sige mere om det første?', numbered, deps)).toContain('Medarbejdere og trivsel');
    // An ordinal before a noun of its own points at nothing listed; prose is no list.
    expect(condenseFollowUp('Hvad skete der det første år?', bullets, deps)).not.toContain('Fossilfri');
    expect(condenseFollowUp('Og den første der?', history, deps)).not.toContain('–');
    // Years ending sentences number nothing.
    const years = talk('Hvad vil Region Hovedstaden?', 'Regionen vokser frem mod 2030. Den vil have flere senge i 2035. Og mere.');
    expect(condenseFollowUp('Og den første der?', years, deps)).not.toContain('–');
  });

  it('reads "forresten" as a new subject: the region stays, the earlier topic does not', () => {
    const q = condenseFollowUp('Forresten, hvad med parkeringen?', history, deps);
    expect(q).toContain('Region Nordjylland');
    expect(q).not.toContain('ventetiderne');
  });

  it('borrows the previous region when the follow-up has a topic but no region', () => {
    const q = condenseFollowUp('Og hvad med ambulancerne?', history, deps);
    expect(q).toContain('ambulancerne');
    expect(q).toContain('Region Nordjylland');
  });

  it('reads "de andre regioner" after a region as the rest of them, named, with the earlier topic', () => {
    const q = condenseFollowUp('Og hvad med de andre regioner?', history, deps);
    expect(q).toContain('Region Midtjylland');
    expect(q).toContain('Helse Nord');
    expect(q).not.toContain('Nordjylland');
    expect(q).toContain('ventetiderne');
    // Without a word setting the earlier region aside, the collective stays as asked.
    const all = condenseFollowUp('Og hvad med regionerne?', history, deps);
    expect(all).toContain('regionerne');
    expect(all).not.toContain('Helse Nord');
  });

  it('keeps the region but not the topic after "noget helt andet"', () => {
    // (the analyzer's stopwords: "noget", "helt", "andet" are no topic)
    const analyzed = { ...deps, contentTerms: (t: string) => contentTerms(t).filter((w) => !['noget', 'helt', 'andet'].includes(w)) };
    const q = condenseFollowUp('Noget helt andet: hvad gør de ved madspild?', history, analyzed);
    expect(q).toContain('Region Nordjylland');
    expect(q).not.toContain('ventetiderne');
    // Without the announcement, the same short turn goes on about the earlier topic.
    expect(condenseFollowUp('Hvad gør de ved madspild?', history, analyzed)).toContain('ventetiderne');
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
    const turns = talk(
      'Hvad gør Helse Nord med telemedicin?',
      'Helse Nord vil … [1]',
      'Og hvordan skal sygehusene kobles sammen?',
      'Gennem et helsenett … [1]',
    );
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

  it('reads an area in several regions as the conversation’s own, when it is one of them', () => {
    const q = condenseFollowUp('Vi bor ved Limfjorden. Hvad gør de for klimaet?', history, deps);
    expect(regions.mentions(q)).toMatchObject({ known: ['Region Nordjylland'], acrossRegions: false });
    // Outside a conversation it is in each of them.
    expect(regions.mentions('Vi bor ved Limfjorden. Hvad gør de for klimaet?')).toMatchObject({ acrossRegions: true });
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

describe('a region switched to in a follow-up', () => {
  const matcher = createCorpusConceptMatcher();
  const withConcepts = {
    ...deps,
    concepts: (t: string) => matcher.conceptsOf(t),
    conceptsByWord: (t: string) => matcher.conceptsByWord(t),
    answerWords: 4,
  };
  const staffing = [
    { role: 'user' as const, content: 'Hvad gør Region Nordjylland, når der mangler hænder?' },
    {
      role: 'assistant' as const,
      content: 'Kort fortalt siger Region Nordjylland:\n„Vi styrker rekruttering og fastholdelse af medarbejdere i hele Nordjylland og passer på klimaet.“ [1]',
    },
  ];

  it('carries the earlier answer’s words on the earlier question’s concepts, not its other words or its region', () => {
    const q = condenseFollowUp('og i Midtjylland?', staffing, withConcepts);
    expect(q).toContain('Midtjylland');
    expect(q).toContain('mangler hænder');
    expect(q).toMatch(/rekruttering.*fastholdelse.*medarbejdere/);
    expect(q).not.toContain('klima');
    expect(q).not.toContain('Nordjylland');
  });

  it('carries at most `answerWords` of them, and none to a turn that stays in the region', () => {
    expect(condenseFollowUp('og i Midtjylland?', staffing, { ...withConcepts, answerWords: 1 })).not.toContain('fastholdelse');
    expect(condenseFollowUp('og i Midtjylland?', staffing, { ...withConcepts, answerWords: 0 })).not.toContain('rekruttering');
    expect(condenseFollowUp('og i Nordjylland?', staffing, withConcepts)).not.toContain('rekruttering');
  });

  it('asks about a region outside the corpus instead of the earlier one, not beside it', () => {
    const earlier = talk(
      'Hvordan kutter Helse Nord ventetidene?',
      'Kort fortalt sier Helse Nord: „…“ [1]',
    );
    for (const turn of ['men Helse Vest da?', 'hva med dem i Bergen?']) {
      const q = condenseFollowUp(turn, earlier, deps);
      expect(q).toContain('ventetidene');
      expect(regions.mentions(q).known).toEqual([]);
      expect(regions.mentions(q).unknown.length).toBe(1);
    }
  });
});

describe('a direction said of the asker’s own country', () => {
  const danish = createRegionMatcher({
    regions: [
      { name: 'Region Nordjylland', aliases: ['Nordjylland'], country: 'Denmark' },
      { name: 'Region Hovedstaden', aliases: ['Hovedstaden'], country: 'Denmark' },
      { name: 'Region Midtjylland', aliases: ['Midtjylland'], country: 'Denmark' },
      { name: 'Helse Nord', aliases: [], country: 'Norway' },
    ],
    otherRegions: [],
  });
  const ask = (turn: string, first: string, language: 'da' | 'no' | undefined) =>
    danish.mentions(
      condenseFollowUp(turn, [{ role: 'user', content: first }, { role: 'assistant', content: '…' }], { regions: danish, contentTerms, language }),
    ).known;

  it('means Denmark’s north to a Dane who has asked about the other Danish regions', () => {
    expect(ask('og dem deroppe?', 'Hvordan hjælper Region Hovedstaden de ældre?', 'da')).toEqual(['Region Nordjylland']);
    expect(ask('og deroppe i nord?', 'Hvordan hjælper Region Midtjylland de ældre?', 'da')).toEqual(['Region Nordjylland']);
  });

  it('keeps meaning Nord-Norge otherwise: asked in Norwegian, after Nordjylland or Norway, or said as "i nord"', () => {
    expect(ask('og dem deroppe?', 'Hvordan hjælper Region Hovedstaden de ældre?', 'no')).toEqual(['Helse Nord']);
    expect(ask('og dem deroppe?', 'Hvordan hjælper Region Hovedstaden de ældre?', undefined)).toEqual(['Helse Nord']);
    expect(ask('og dem deroppe?', 'Hvordan hjælper Region Nordjylland de ældre?', 'da')).toEqual(['Helse Nord']);
    expect(ask('og dem deroppe?', 'Hvordan hjælper Helse Nord ældre mennesker?', 'da')).toEqual(['Helse Nord']);
    expect(ask('og i nord?', 'Hvordan hjælper Region Hovedstaden de ældre?', 'da')).toEqual(['Helse Nord']);
  });

  it('reads "deroppe" in a turn with a topic of its own, after Nordjylland, as pointing back at Nordjylland', () => {
    expect(ask('Kører togene stadig på diesel deroppe om ti år?', 'Hvilke klimamål har Region Nordjylland?', 'da')).toEqual(['Region Nordjylland']);
    // Said without a topic, it goes further north.
    expect(ask('og dem deroppe?', 'Hvilke klimamål har Region Nordjylland?', 'da')).toEqual(['Helse Nord']);
  });

  // A round of the Danish regions, answered each from its region.
  const round = (language: 'da' | 'no', ...asked: string[]) => {
    const history = asked.slice(0, -1).flatMap((content) => [
      { role: 'user' as const, content },
      { role: 'assistant' as const, content: '…' },
    ]);
    return condenseFollowUp(asked.at(-1)!, history, { regions: danish, contentTerms, language });
  };

  it('reads "i nord" as Denmark’s north at the end of a Dane’s round of two or more Danish regions, keeping the topic', () => {
    const q = round('da', 'Hvordan hjælper Region Hovedstaden de ældre?', 'og Midtjylland?', 'og i nord?');
    expect(danish.mentions(q).known).toEqual(['Region Nordjylland']);
    expect(q).toContain('ældre');
    expect(danish.mentions(round('da', 'Hvordan hjælper Region Hovedstaden de ældre?', 'og Midtjylland?', 'og mod nord?')).known).toEqual(['Region Nordjylland']);
    // Not when the round has been to Nordjylland, nor asked in Norwegian, nor after a Norwegian region.
    expect(danish.mentions(round('da', 'Hvordan hjælper Region Nordjylland de ældre?', 'og Midtjylland?', 'og i nord?')).known).toEqual(['Helse Nord']);
    expect(danish.mentions(round('no', 'Hvordan hjelper Region Hovedstaden de eldre?', 'og Midtjylland?', 'og i nord?')).known).toEqual(['Helse Nord']);
    expect(danish.mentions(round('da', 'Hvordan hjælper Helse Nord de ældre?', 'og Midtjylland?', 'og i nord?')).known).toEqual(['Helse Nord']);
  });
});

describe('"hvad med …" that stays within the earlier topic', () => {
  // Themes as src/lang/concepts.ts would find them, for the words of these examples.
  const THEMES: Record<string, string> = { sygeplejersker: 'staff', læger: 'staff', jordemødrene: 'staff', bussen: 'transport', grønnere: 'climate' };
  const concepts = (text: string) => new Set(contentTerms(text).flatMap((w) => (THEMES[w] ? [THEMES[w]] : [])));
  const after = (first: string, turn: string, withConcepts = true) =>
    condenseFollowUp(turn, [{ role: 'user', content: first }, { role: 'assistant', content: '…' }], {
      ...deps,
      ...(withConcepts ? { concepts } : {}),
    });

  it('carries the earlier topic as context when the turn names no new theme', () => {
    const q = after('Hvordan skaffer Region Nordjylland flere sygeplejersker?', 'hvad med jordemødrene?');
    expect(q.startsWith('hvad med jordemødrene?')).toBe(true);
    expect(q).toContain('sygeplejersker');
    // Words of no known theme that point back ("dem", "de som") narrow it too.
    expect(after('Hvordan skaffer Region Nordjylland flere sygeplejersker?', 'hvad med dem som bliver syge?')).toContain('sygeplejersker');
  });

  it('moves on without it to a new theme, to words of no known theme, or when themes are unknown', () => {
    expect(after('Hvordan bliver Region Nordjylland grønnere?', 'hvad med bussen?')).not.toContain('grønnere');
    expect(after('Hvordan skaffer Region Nordjylland flere sygeplejersker?', 'hvad med eleverne?')).not.toContain('sygeplejersker');
    expect(after('Hvordan skaffer Region Nordjylland flere sygeplejersker?', 'hvad med jordemødrene?', false)).not.toContain('sygeplejersker');
  });
});

describe('a detail asked of the earlier topic', () => {
  // As src/answer/asks.ts reads them: a price or an opening hour asked.
  const asksDetail = (text: string) => /\b(?:prisen|priserne|prisene|åbningstiderne)\b/i.test(text);
  const conversation = (...asked: string[]) => {
    const history = asked.slice(0, -1).flatMap((content) => [
      { role: 'user' as const, content },
      { role: 'assistant' as const, content: '…' },
    ]);
    return condenseFollowUp(asked.at(-1)!, history, { ...deps, asksDetail });
  };

  it('carries the earlier topic with "hvad med prisen?", so what is priced is what was asked about', () => {
    const q = conversation('Hvad gør Region Nordjylland for at korte ventetiderne?', 'hvad med prisen?');
    expect(q.startsWith('hvad med prisen?')).toBe(true);
    expect(q).toContain('ventetiderne');
    expect(q).toContain('Region Nordjylland');
    // Without a detail asked it moves on as before.
    expect(conversation('Hvad gør Region Nordjylland for at korte ventetiderne?', 'hvad med pårørende?')).not.toContain('ventetiderne');
  });

  it('keeps the topic asked before over a turn that only tells, taking that turn’s region', () => {
    const q = conversation('Hva gjør Helse Nord med ventetidene?', 'Fint. Sønnen min har flyttet til Aarhus.', 'Gjør de noe lignende der?');
    expect(regions.mentions(q).known).toEqual(['Region Midtjylland']);
    expect(q).toContain('ventetidene');
    expect(q).not.toContain('Sønnen');
  });

  it('keeps the conversation’s topic at the third and fourth turn', () => {
    const third = conversation('Hvad gør Region Nordjylland for at korte ventetiderne?', 'hvad med prisen?', 'og i Midtjylland?');
    expect(regions.mentions(third).known).toEqual(['Region Midtjylland']);
    expect(third).toContain('ventetiderne');
    expect(third).toContain('prisen');
    const fourth = conversation('Hva gjør Helse Nord for å korte ventetidene?', 'og Region Midtjylland?', 'og hva med prisene?', 'og i Nordjylland?');
    expect(regions.mentions(fourth).known).toEqual(['Region Nordjylland']);
    expect(fourth).toContain('ventetidene');
    expect(fourth).toContain('prisene');
  });
});
