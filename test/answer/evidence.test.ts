import { distance } from 'fastest-levenshtein';
import { beforeAll, describe, expect, it } from 'vitest';
import { PassageTerms, sharesPart } from '../../src/answer/evidence.js';
import { LexicalIndex } from '../../src/index/lexical.js';
import { passagesFromBytes, passagesToBytes } from '../../src/index/passages.js';
import { chunkCorpus } from '../../src/ingest/chunk.js';
import { loadCorpus } from '../../src/ingest/load.js';
import type { Chunk } from '../../src/ingest/types.js';
import { DEFAULT_POLICY } from '../../src/policy.js';
import { buildLexicon, createAnalyzer, type Analyzer } from '../../src/text/analyze.js';
import { TermDictionary } from '../../src/text/dictionary.js';
import { foldNordic, tokenize } from '../../src/text/normalize.js';
import { PassageAnalysis } from '../../src/text/passage-analysis.js';
import { spellingKey } from '../../src/text/spelling.js';

let chunks: Chunk[];
let analyzer: Analyzer;
let terms: PassageTerms;

beforeAll(async () => {
  chunks = chunkCorpus(await loadCorpus('corpus'));
  analyzer = createAnalyzer({ lexicon: buildLexicon(chunks.map((c) => c.text)) });
  terms = new PassageTerms(chunks, analyzer);
});

/** A question's topic words, in order. */
const topicWords = (question: string) => terms.topicOf(question).words.map((w) => w.word);

/** The evidence check's near words as a scan of the whole vocabulary with an edit distance defines them. */
function scannedNearWords(word: string): string[] {
  const { oneTypoFrom, twoTyposFrom, sharedPrefix, sharedPrefixShare, sharedPrefixMaxStretch } = DEFAULT_POLICY.evidence;
  const budget = word.length >= twoTyposFrom ? 2 : word.length >= oneTypoFrom ? 1 : 0;
  const vocabulary = new Set(chunks.flatMap((c) => tokenize(`${c.section} ${c.text}`)).filter((w) => analyzer.wordTerms(w).length > 0));
  return [...vocabulary]
    .filter((w) => {
      if (w[0] !== word[0]) return false;
      const sharesPrefix = (a: string, b: string) => {
        const shorter = Math.min(a.length, b.length);
        let i = 0;
        while (i < shorter && a[i] === b[i]) i++;
        const stretch = Math.max(a.length, b.length) <= shorter * sharedPrefixMaxStretch;
        return shorter >= sharedPrefix && stretch && i >= sharedPrefix && i >= shorter * sharedPrefixShare;
      };
      // a shared prefix as written, or in the spelling both languages meet in ("telemedicin" ~ "telemedisinske")
      return sharesPrefix(w, word) || sharesPrefix(spellingKey(w), spellingKey(word)) || distance(w, word) <= budget;
    })
    .sort();
}

describe('PassageTerms', () => {
  it('finds the same near words through the sorted word list as a scan of the vocabulary', () => {
    const words = ['rekrutering', 'helsepersonel', 'ventetidr', 'sygehuse', 'patienterne', 'fastholde', 'samisk', 'klima', 'xylofon', 'ambulanse', 'telemedicin'];
    for (const word of words) {
      const [topic] = terms.topicOf(word).words;
      expect([...topic.near].sort(), word).toEqual(scannedNearWords(word));
    }
    expect(terms.topicOf('rekrutering').words[0].near.size).toBeGreaterThan(0);
  });

  it('meets a derivation written in the other language: the spellings part where Danish writes c and Norwegian s', () => {
    const covers = (question: string, text: string) => terms.textCoverage(text, terms.topicOf(question)) > 0;
    expect(covers('telemedicin', 'Gi flere tilgang til spesialisthelsetjenester gjennom telemedisinske tjenester.')).toBe(true);
    expect(covers('telemedisin', 'Vi vil udbrede telemedicinske løsninger.')).toBe(true);
    // A word that shares only the start of another stays apart.
    expect(covers('telefon', 'Gi flere tilgang til spesialisthelsetjenester gjennom telemedisinske tjenester.')).toBe(false);
  });

  it('reads no doctor into the verb to lay, nor its forms into a typo of one', () => {
    const covers = (question: string, text: string) => terms.textCoverage(text, terms.topicOf(question)) > 0;
    expect(covers('leger', 'Legge til rette for et aktivt og deltagende brukerutvalg.')).toBe(false);
    expect(covers('læger', 'Vi lægger vægt på tværfaglighed og teamsamarbejde.')).toBe(false);
    expect(covers('laeger', 'Patientansvarlig læge')).toBe(true);
    expect(covers('lægge', 'Legge til rette for et aktivt og deltagende brukerutvalg.')).toBe(true);
  });

  it('judges a passage alike whether its analysis was built now or loaded with the index', () => {
    // Stored as an index stores it: its terms named by their place in the lexical index's dictionary.
    const lexicalTerms = LexicalIndex.build(chunks, analyzer).dictionary;
    const loaded = new PassageTerms(passagesFromBytes(passagesToBytes(PassageAnalysis.build(chunks, analyzer), lexicalTerms), lexicalTerms), analyzer);
    for (const question of ['korte ventetider', 'samisktalende pasienter', 'rekrutering af helsepersonel', 'madspild', 'klima og miljø']) {
      const topic = terms.topicOf(question);
      expect(loaded.topicOf(question), question).toEqual(topic);
      for (const c of chunks) expect(loaded.coverage(c.id, topic)).toBe(terms.coverage(c.id, topic));
      expect(loaded.textCoverage(chunks[0].text, topic)).toBe(terms.textCoverage(chunks[0].text, topic));
    }
    expect(loaded.coverage('no-such-chunk', terms.topicOf('madspild'))).toBe(0);
  });

  it('gives a passage that holds the topic full coverage and one that lacks it none', () => {
    const topic = terms.topicOf('madspild');
    const [withIt] = chunks.filter((c) => c.text.toLowerCase().includes('madspild'));
    const [without] = chunks.filter((c) => !`${c.section} ${c.text}`.toLowerCase().includes('madspild'));
    expect(terms.coverage(withIt.id, topic)).toBe(1);
    expect(terms.coverage(without.id, topic)).toBe(0);
  });

  it('covers a compound the corpus lacks after a part that only ranks it (hovedopgaver ~ kerneopgaver) by its last part', () => {
    const covers = (question: string, text: string) => terms.textCoverage(text, terms.topicOf(question)) > 0;
    expect(covers('Hvad er regionens hovedopgaver?', 'Vores tre kerneopgaver er sundhed og regional udvikling.')).toBe(true);
    expect(covers('Hva er hovedmålene?', 'Våre mål er å gi gode tjenester.')).toBe(true);
    expect(terms.topicOf('Hvad er regionens hovedopgaver?').words[0].known).toBe(true);
    // A last part that only points at a part: "kulturdelen" is the culture.
    expect(covers('Fortæl mere om kulturdelen', 'Vi vil styrke kulturlivet og kulturen i regionen.')).toBe(true);
    // Without such a part, a compound's parts must all occur.
    expect(covers('Hvad er regionens sideopgaver?', 'Vores tre kerneopgaver er sundhed og regional udvikling.')).toBe(false);
  });

  it('reads a filler phrase ("i det hele tatt", "i det hele taget") as no topic, its words elsewhere still one', () => {
    expect(topicWords('Tenker de på eldre i det hele tatt?')).toEqual(['eldre']);
    expect(topicWords('Gør de noget for de ældre i det hele taget?')).toEqual(['aeldre']);
    expect(topicWords('Er taget på sygehuset utæt?')).toContain('taget');
    // "instead" and "every time", in either spelling.
    expect(topicWords('Kan jeg få video i stedet hver gang?')).toEqual(['video']);
    expect(topicWords('Video isteden?')).toEqual(['video']);
    // "basically": how the asker wants it told, not what.
    expect(topicWords('Hvad vil de i grunden med psykiatrien?')).toEqual(['psykiatrien']);
    expect(topicWords('Kva vil dei i grunnen med jordmødrene?')).toEqual(['jordmoedrene']);
    // "honestly" says how the asker feels, not what is asked ("ærlig" is also a strategy's word for open communication).
    expect(topicWords('Er ventetiderne ærlig talt blevet kortere?')).toEqual(['ventetiderne', 'blevet', 'kortere']);
  });

  it('reads the frame of a question in any form as no topic: “hvad er planen med …” asks about what follows', () => {
    for (const q of ['Hvad er planen med det nye byggeri?', 'Hva er planene for det nye bygget?', 'Er der planlagt et kæmpe byggeri?']) {
      expect(terms.topicOf(q).words.map((w) => w.word), q).not.toContainEqual(expect.stringMatching(/^plan|^kaempe/));
    }
    expect(terms.topicOf('Hvad er planen med det nye byggeri?').words.map((w) => w.word)).toContain('byggeri');
  });

  it('reads asking what a term means as no topic: the term is what is asked', () => {
    const words = (q: string) => terms.topicOf(q).words.map((w) => w.word);
    expect(words('Hvad betyder værdibaseret sundhed?')).toEqual(['vaerdibaseret', 'sundhed']);
    expect(words('Hva betyr desentralisering?')).toEqual(['desentralisering']);
    expect(words('Hvad menes med nærhed?')).toEqual(['naerhed']);
    expect(words('Kva tyder desentralisering?')).toEqual(['desentralisering']);
  });

  it('reads a frame verb after the infinitive marker as the topic: the work itself, not the asking', () => {
    const words = (q: string) => terms.topicOf(q).words.map((w) => w.word);
    expect(words('Hva sier de om å jobbe der?')).toEqual(['jobbe']);
    expect(words('Hvad siger de om at arbejde i regionen?')).toContain('arbejde');
    expect(words('Hvordan arbejder de med madspild?')).toEqual(['madspild']);
  });

  it('reads caring about it, pointing back at it and the region’s policy as no topic: what was told is', () => {
    const words = (q: string) => terms.topicOf(q).words.map((w) => w.word);
    expect(words('Bekymrer regionen sig overhovedet om den slags?')).toEqual([]);
    expect(words('Står det noe om sånt i planene?')).toEqual([]);
    expect(words('Bryr de seg om madspild?')).toEqual(['madspild']);
    expect(words('Er der noget i regionens politik om madspild?')).toEqual(['madspild']);
    expect(words('Hva sier helseregionen om forskning?')).toEqual(['forskning']);
  });

  it('reads chat’s short forms of function words as no topic', () => {
    expect(terms.topicOf('ventetider elr kø?').words.map((w) => w.word)).not.toContain('elr');
  });

  it('reads whether something applies, always or never, or instead of something else as no topic', () => {
    const words = (q: string) => terms.topicOf(q).words.map((w) => w.word);
    expect(words('Gælder det også dem der bor på øerne?')).not.toContain('gaelder');
    expect(words('Hvorfor skal man altid vente i telefonen?')).not.toContain('altid');
    expect(words('Kan man cykle i stedet for at tage bilen?')).not.toContain('stedet');
    expect(words('Gjelder det alltid pasientene?')).toEqual(['pasientene']);
    expect(words('Hva skjer med fødetilbudet der oppe de neste årene?')).not.toContain('aarene');
    expect(words('Blir de ansatte spurt når det skal gjøres endringer?')).not.toContainEqual(expect.stringMatching(/^endring|^gjoeres/));
    expect(words('Hvordan er ventetiden deroppe?')).toEqual(['ventetiden']);
  });

  it('reads a judgement of importance as no topic: “er det vigtigt?” asks about what was said', () => {
    for (const q of ['Mener de, det er vigtigt at have egen læge?', 'Synes dere det er viktig med fastlege?', 'Er de vigtige opgaver i hjemmet løst?']) {
      expect(terms.topicOf(q).words.map((w) => w.word), q).not.toContainEqual(expect.stringMatching(/^vi[gk]tig/));
    }
    expect(terms.topicOf('Synes dere det er viktig med fastlege?').words.map((w) => w.word)).toContain('fastlege');
  });

  it('reads dialect question words and what the asker has read or believes as no topic, the subject kept', () => {
    expect(topicWords('ka e planen for fødeavdelinga')).toEqual(['foedeavdelinga']);
    expect(topicWords('koss får dem tak i sjukepleiarar')).not.toContain('koss');
    expect(topicWords('æ lure på om kreftbehandlinga blir bedre')).not.toContain('ae');
    expect(topicWords('jeg har læst at sygehusene skal spare energi')).not.toContain('laest');
    const opinion = topicWords('jeg synes ikk der er jordemødre nok');
    expect(opinion).toContain('jordemoedre');
    expect(opinion).not.toContain('synes');
    expect(opinion).not.toContain('ikk');
  });

  it("reads avoiding what was told, and 'fler' for 'flere', as no topic: the topic is around them", () => {
    expect(topicWords('hvordan vil de undgå fejlmedicinering')).toEqual(['fejlmedicinering']);
    expect(topicWords('hvordan skal de unngå korridorpasienter')).toEqual(['korridorpasienter']);
    expect(topicWords('får vi fler jordemødre')).toEqual(['jordemoedre']);
    // Being allowed: the topic is what may be done.
    expect(topicWords('får pårørende lov at være med')).toEqual(['paaroerende']);
  });

  it('reads adverbs of place and direction as no topic: they place the situation', () => {
    expect(topicWords('genoptræning ude på landet')).toEqual(['genoptraening', 'landet']);
    expect(topicWords('rehabilitering når han kommer tilbage')).toEqual(['rehabilitering']);
    expect(topicWords('rehabilitering for dem inne i byen')).not.toContain('inne');
    expect(topicWords('rehabilitering når hun kommer tilbake')).toEqual(['rehabilitering']);
    expect(topicWords('rehabilitering rundt omkring i regionen')).toEqual(['rehabilitering']);
  });

  it('reads the people a situation is about as no topic: who the asker asks for, not what', () => {
    expect(topicWords('kan min svigermor få genoptræning hjemme')).not.toContain('svigermor');
    expect(topicWords('får onkelen min rehabilitering')).toEqual(['rehabilitering']);
  });

  it('reads a question word one typo off (hvordn, hvornå, hvorfr, korlei) as the question word: no topic', () => {
    expect(topicWords('hvordn rehabilitering')).toEqual(['rehabilitering']);
    expect(topicWords('hvornå genoptræning')).toEqual(['genoptraening']);
    expect(topicWords('hvorfr rehabilitering')).toEqual(['rehabilitering']);
    expect(topicWords('korlei rehabilitering')).toEqual(['rehabilitering']);
  });

  it('reads a stopword or frame word one typo off (reigonen, blivre, overhovdet) as no topic, unless a corpus word is as near', () => {
    expect(topicWords('reigonen rehabilitering')).toEqual(['rehabilitering']);
    expect(topicWords('blivre rehabilitering')).toEqual(['rehabilitering']);
    expect(topicWords('overhovdet rehabilitering')).toEqual(['rehabilitering']);
    // A corpus word as near keeps it: "strateiger" is "strategier", which the documents write.
    expect(topicWords('strateiger')).toEqual(['strateiger']);
    // Nor is a word one edit from a stopword at its first letter, where typos seldom are: "sommer" is no "kommer".
    expect(topicWords('sommer rehabilitering')).toEqual(['sommer', 'rehabilitering']);
    // Five letters are one edit from too many words to tell: "nogel" stays a (unknown) topic word.
    expect(topicWords('nogel rehabilitering')).toEqual(['nogel', 'rehabilitering']);
  });

  it('finds a typo by its stem where the corpus inflects the word otherwise (samsike → samisk)', () => {
    const [word] = terms.topicOf('samsike').words;
    expect(word.known).toBe(true);
    expect([...word.near]).toContain('samisk');
    expect(terms.textCoverage('tilbud til samisk talende pasienter', terms.topicOf('samsike'))).toBe(1);
  });

  it('reads when-words said around the topic (etterpå, bagefter) as no topic', () => {
    expect(topicWords('rehabilitering etterpå')).toEqual(['rehabilitering']);
    expect(topicWords('genoptræning bagefter')).toEqual(['genoptraening']);
  });

  it('reads a comparison with elsewhere as no topic: the topic is what is compared', () => {
    expect(topicWords('kræftbehandling sammenlignet med resten')).toEqual(['kraeftbehandling']);
    expect(topicWords('kreftbehandling sammenliknet med resten')).toEqual(['kreftbehandling']);
  });

  it('knows the names the documents use, and not the ones they don’t', () => {
    expect(terms.knows('Tromsø')).toBe(true);
    expect(terms.knows('Hjørring')).toBe(false);
    expect(terms.knows('Tromsø og Hjørring')).toBe(false);
    expect(terms.knows('')).toBe(false);
  });

  it('rejects stored bytes that are not a passage analysis, and terms its lexical index lacks', () => {
    expect(() => passagesFromBytes(Buffer.from('nothing'), TermDictionary.from([]))).toThrow(/not an index array file/);
    const analysis = PassageAnalysis.build(chunks, analyzer);
    const lexicalTerms = LexicalIndex.build(chunks, analyzer).dictionary;
    expect(() => passagesToBytes(analysis, TermDictionary.from(['klima']))).toThrow(/not in the lexical index/);
    const bytes = passagesToBytes(analysis, lexicalTerms);
    expect(() => passagesFromBytes(bytes, TermDictionary.from(['klima']))).toThrow(/terms its lexical index lacks/);
  });
});

describe('sharesPart (a question word and a statement word sharing a compound part)', () => {
  const shares = (question: string, statement: string, from = DEFAULT_POLICY.evidence.partFrom) =>
    sharesPart(foldNordic(question), foldNordic(statement), from);

  it('finds the question word as the head or tail of a statement’s compound, and the question compound’s last part', () => {
    expect(shares('vente', 'ventetiderne')).toBe(true);
    expect(shares('tjenesten', 'ambulancetjenesten')).toBe(true);
    expect(shares('plan', 'handlingsplan')).toBe(true);
    expect(shares('hjertepatienter', 'patienter')).toBe(true);
  });

  it('takes no inflection, derivation ending, short particle or first part for a shared part', () => {
    // The same word inflected is the word itself (its stems cover it), not a part.
    expect(shares('sygehuse', 'sygehusene')).toBe(false);
    expect(shares('pasienter', 'pasienter')).toBe(false);
    // "ringen" is little more than the ending of "vurderingen"; "ud" is shorter than a part.
    expect(shares('ringen', 'vurderingen')).toBe(false);
    expect(shares('føre', 'udføre')).toBe(false);
    // A statement word that is only the question compound's first part says less than it asks.
    expect(shares('sygehusbyggeri', 'sygehus')).toBe(false);
  });

  it('partFrom: how long both parts must be', () => {
    expect(shares('plan', 'handlingsplan', 4)).toBe(true);
    expect(shares('plan', 'handlingsplan', 5)).toBe(false);
  });
});
