import { describe, expect, it } from 'vitest';
import { AnswerPipeline, type Decision } from '../../src/answer/pipeline.js';
import { answerPolicy, DEFAULT_POLICY, type PolicyOverrides } from '../../src/policy.js';
import { chunkOf, tinyCorpus } from '../helpers/tiny-corpus.js';

/** What the retrieval-depth, relevance and generative knobs decide, on a small corpus through the pipeline. */

const NJ = 'Region Nordjylland';
const RM = 'Region Midtjylland';
const chunks = [
  chunkOf('nj#1', NJ, 'Sundhed › Respekt for patientens tid', '• Korte ventetider og hurtig udredning\n• Hurtige responstider for ambulancetjenesten'),
  chunkOf('nj#2', NJ, 'Sundhed › Sammenhæng og nærhed', '• Behandling i nærmiljøet og i eget hjem\n• Medicinen tæt på borgerne - medicinbokse'),
  chunkOf('nj#3', NJ, 'Regional udvikling › En ren og grøn region', '• Lokale klimahandlingsplaner og fossilfri energiforsyning'),
  chunkOf('nj#4', NJ, 'Fælles › En arbejdsplads', '• Godt arbejdsmiljø og styrket trivsel\n• Fastholdelse og rekruttering'),
  chunkOf('nj#5', NJ, 'Sundhed › Sikkerhed og kvalitet', '• Patienterne oplever sikker behandling\n• Forebyggelse af tvang'),
  chunkOf('nj#6', NJ, 'Organisatorisk fundament › Nationale mål', 'Fokusområderne tager afsæt i de nationale mål aftalt mellem regeringen og regionerne.'),
  chunkOf('rm#1', RM, 'Personaleressourcer', 'Vi ved, at om nogle år skal færre medarbejdere passe og behandle flere patienter.'),
  chunkOf('rm#2', RM, 'Bæredygtighed › Genanvendelse', 'Vi vil reducere forbruget gennem øget genanvendelse af affald på hospitaler.'),
  chunkOf('rm#3', RM, 'Et sundhedsvæsen på patientens præmisser', 'Vi spilder ikke patienternes tid, og ventetider skal ned.'),
  chunkOf('rm#4', RM, 'En region i balance', 'Tyndere befolkede områder har præhospital indsats til rådighed.'),
];
const corpus = tinyCorpus(chunks, [NJ, RM]);
const pipeline = (overrides: PolicyOverrides = {}, topK = 4) => new AnswerPipeline(corpus, { topK, mode: 'hybrid', policy: answerPolicy(overrides) });
const decide = (question: string, overrides: PolicyOverrides = {}, topK = 4): Promise<Decision> => pipeline(overrides, topK).decide({ question });
const answered = (d: Decision) => (d.kind === 'answer' ? d : undefined);

describe('relevance', () => {
  it('direct / related: the probability bands of an unhedged answer, a related one, and a refusal', async () => {
    const question = 'Hvad gør Region Nordjylland for at korte ventetiderne?';
    expect(answered(await decide(question, { relevance: { direct: 0.01, related: 0.01 } }))?.support).toBe('direct');
    expect(answered(await decide(question, { relevance: { direct: 1, related: 0.01 } }))?.support).toBe('related');
    expect(await decide(question, { relevance: { direct: 1, related: 1, relatedInRegion: 1, relatedOnTheme: 1 } })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    const hedged = await pipeline({ relevance: { direct: 1, related: 0.01 } }).prepare({ question });
    expect(hedged.kind === 'answer' && hedged.extractive.answer.split('\n')[0]).toMatch(/^Strategierne svarer ikke præcist/);
  });

  it('model: the coefficients weigh the evidence (all-zero weights leave a coin toss)', async () => {
    const zero = { intercept: 0, weights: { coverage: 0, needCoverage: 0, concepts: 0, unknown: 0, dense: 0, agreement: 0, named: 0 } };
    const d = await decide('Hvad gør Region Nordjylland for at korte ventetiderne?', { relevance: { model: zero } });
    expect(d.assessment?.probability).toBeCloseTo(0.5, 6);
    const strict = { ...zero, intercept: -10 };
    expect(await decide('Hvad gør Region Nordjylland for at korte ventetiderne?', { relevance: { model: strict } })).toMatchObject({ kind: 'refuse' });
  });

  it('situationWeight: how much the words of a told situation count against a passage that covers the question', async () => {
    const question = 'Min onkel Xyzzy fra Qwertyby er bekymret. Hvad gør Region Nordjylland ved ventetider?';
    const coverage = async (situationWeight: number) => (await decide(question, { relevance: { situationWeight } })).assessment!.features.coverage;
    expect(await coverage(0)).toBe(1);
    expect(await coverage(1)).toBeLessThan(await coverage(0.5));
    // Pointed back at ("… sådan noget?"), the situation is what is asked about: its words count in full.
    const pointed = 'Min onkel Xyzzy fra Qwertyby venter. Gør Region Nordjylland noget ved sådan noget?';
    const decided = await decide(pointed, { relevance: { direct: 0, related: 0 } });
    const venter = decided.kind === 'answer' ? decided.topic.words.find((w) => w.word === 'venter') : undefined;
    expect(venter).toMatchObject({ need: false });
    expect(venter!.weight).toBe(venter!.rarity);
  });

  it('illnessToldAside: an illness told in the situation does not make a region look silent on what is asked', async () => {
    const open = { direct: 0, related: 0 };
    // Midtjylland's passages never speak of cancer; the ask, in words of no concept, is about its patients.
    const told = 'Jeg fik konstateret kræft sidste forår. Behandler Region Midtjylland flere patienter?';
    expect(await decide(told, { relevance: { ...open, illnessToldAside: false } })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(await decide(told, { relevance: open })).toMatchObject({ kind: 'answer' });
    // The illness asked about, or told beside an ask of nothing of its own, still decides.
    expect(await decide('Hvad gør Region Midtjylland for kræftpatienter?', { relevance: open })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(await decide('Jeg fik konstateret kræft sidste forår. Hvad gør Region Midtjylland ved det?', { relevance: open })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
  });

  it('who is asked (those who decide, "politikerne") is no topic: the region is asked', async () => {
    const d = await decide('Vi ventede længe på ambulancen. Har politikerne i Region Nordjylland en plan?');
    expect(d.kind === 'answer' && d.topic.words.map((w) => w.word)).not.toContain('politikerne');
    expect(d).toMatchObject({ kind: 'answer' });
  });

  it('consideredPassages and depth: how many retrieved passages the decision weighs', async () => {
    const d = (over: PolicyOverrides) => decide('Hvad siger regionerne om ventetider og trivsel?', over, 2);
    expect((await d({ relevance: { consideredPassages: 1 } })).assessment!.evidence.length).toBeGreaterThan(1); // a comparison weighs all
    expect((await decide('Hvad gør Region Nordjylland ved ventetider?', { relevance: { consideredPassages: 1 } })).assessment!.evidence).toHaveLength(1);
    const depth = async (n: number) => (await d({ retrieval: { depth: n } })).assessment!.evidence.length;
    expect(await depth(1)).toBeLessThan(await depth(3));
  });

  it('coverageSlack: how far below the best passage another may fall and still be quoted', async () => {
    // Without the passages kept for their retrieval rank (compose.quoteFirstFound, foundKept), only coverage decides.
    const passages = async (coverageSlack: number) =>
      answered(
        await decide('Hvad gør Region Nordjylland for ventetider og ambulancer og medicin?', {
          relevance: { coverageSlack, related: 0, direct: 0 },
          compose: { quoteFirstFound: false },
        }),
      )!.passages.length;
    expect(await passages(0)).toBeLessThan(await passages(1));
  });

  it('minRegionCoverage: a region with nothing on the topic stays out of a comparison', async () => {
    const regions = async (minRegionCoverage: number) =>
      new Set(answered(await decide('Hvad siger regionerne om ventetider og affald?', { relevance: { minRegionCoverage, minRegionConceptCoverage: minRegionCoverage, related: 0, direct: 0 } }))!.passages.map((p) => p.chunk.region)).size;
    expect(await regions(0)).toBe(2);
    expect(await regions(0.9)).toBe(1);
  });

  it('minRegionConceptCoverage: a region speaking of the asked theme in its own terms stays in a comparison', async () => {
    // Neither region writes the asker's words; Nordjylland's "fastholdelse" and Midtjylland's "færre medarbejdere" share the concept.
    const regions = async (minRegionConceptCoverage: number) =>
      new Set(answered(await decide('Hvad siger regionerne om at sygeplejersker siger op, og om affald?', { relevance: { minRegionCoverage: 0.95, minRegionConceptCoverage, related: 0, direct: 0 } }))!.passages.map((p) => p.chunk.region)).size;
    expect(await regions(0)).toBe(2);
    expect(await regions(0.95)).toBe(1);
  });

  it('relatedMinConcepts: a related answer needs a domain concept unless the question names a region', async () => {
    // Nothing but everyday words the passages happen to use ("tid", "ned"): no concept, no region.
    const everyday = 'Hvorfor går tiden altid så hurtigt ned ad bakke?';
    const related = { direct: 1, related: 0.001 };
    expect(await decide(everyday, { relevance: { ...related, relatedMinConcepts: 1 } })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(answered(await decide(everyday, { relevance: { ...related, relatedMinConcepts: 0 } }))?.support).toBe('related');
    // One concept ("ventetider" → waiting) or a region named as such is enough for a hedged answer.
    expect(answered(await decide('Hvorfor er der ventetider?', { relevance: { ...related, relatedMinConcepts: 1 } }))?.support).toBe('related');
    const named = 'Hvorfor går tiden altid så hurtigt i Region Nordjylland?';
    expect(answered(await decide(named, { relevance: { ...related, relatedMinConcepts: 3 } }))?.support).toBe('related');
    // So is a town of a corpus region: the asker tells where they live, so it asks about that region's services.
    const placed = 'Jeg bor i Hjørring. Hvorfor går tiden altid så hurtigt?';
    expect(answered(await decide(placed, { relevance: { ...related, relatedMinConcepts: 3 } }))?.support).toBe('related');
    // A direct answer needs no concept.
    expect(answered(await decide(everyday, { relevance: { direct: 0.001, related: 0.001, relatedMinConcepts: 3 } }))?.support).toBe('direct');
  });

  it('relatedInRegion: a question about a corpus region that speaks of health gets related passages from a lower bar', async () => {
    // Every probability lies between the two bars here: only the lower one can let a question through.
    const bars = (relatedInRegion: number) => ({ relevance: { direct: 1, related: 0.999, relatedInRegion, relatedOnTheme: 1 } });
    const support = async (question: string, relatedInRegion: number) => {
      const d = await decide(question, bars(relatedInRegion));
      return d.kind === 'answer' ? d.support : 'none';
    };
    // A town of the region and a health word ("sygehuset"), or a region named with a domain concept.
    const placed = 'Jeg bor i Hjørring. Hvad sker der med sygehuset?';
    expect(await support(placed, 0)).toBe('related');
    expect(await support(placed, 0.999)).toBe('none');
    expect(await support('Er ventetider noget, Region Nordjylland tænker på?', 0)).toBe('related');
    // A region without a word of health, or health without a region: the model's bar stands.
    expect(await support('Hvorfor går tiden altid så hurtigt i Region Nordjylland?', 0)).toBe('none');
    expect(await support('Hvad sker der med sygehuset?', 0)).toBe('none');
    // However low the bar, a detail no strategy holds is refused for what it asks, also typed without æ/ø/å.
    for (const question of ['Jeg bor i Hjørring. Hvornår åbner sygehuset om lørdagen?', 'jeg bor i hjorring. hvornar abner sygehuset om lordagen?']) {
      expect(await decide(question, bars(0))).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'openingHours' });
    }
  });

  it('relatedOnTheme: a question about a corpus region’s service that speaks of a strategy theme gets related passages from a lower bar still', async () => {
    // Every probability lies between the model's bars and `relatedInRegion`: only this one can let a question through.
    const support = async (question: string, relatedOnTheme: number) => {
      const d = await decide(question, { relevance: { direct: 1, related: 0.999, relatedInRegion: 0.999, relatedOnTheme } });
      return d.kind === 'answer' ? d.support : 'none';
    };
    // A region named with a theme (waiting), or a town, a health word and a theme.
    const named = 'Er ventetider noget, Region Nordjylland tænker på?';
    expect(await support(named, 0)).toBe('related');
    expect(await support(named, 0.999)).toBe('none');
    expect(await support('Jeg bor i Hjørring. Hvad gør sygehuset ved ventetiderne?', 0)).toBe('related');
    // A town and a theme but no word of the service; the service and a theme but no region: the bars stand.
    expect(await support('Hvordan er klimaet i Thisted om vinteren?', 0)).toBe('none');
    expect(await support('Hvad gør sygehuset ved ventetiderne?', 0)).toBe('none');
    // The staff of "de ansatte" is where the question is asked, no theme it asks about: the bars stand.
    expect(await support('Får de ansatte på sygehuset i Harstad kaffe om morgenen?', 0)).toBe('none');
    expect(await support('Får sygeplejerskerne på sygehuset i Hjørring kaffe om morgenen?', 0)).toBe('none');
    // Told as the asker's situation, the staff is a theme: every such question gets its region's passages at 0.
    expect(await support('Jeg er sygeplejerske på sygehuset i Hjørring. Får vi kaffe om morgenen?', 0)).toBe('related');
    // Who decides over the hospitals is a theme (governance) told in everyday words; enough people at a concert is none.
    expect(await support('Jeg bor i Hobro. Hvem bestemmer over sygehusene?', 0)).toBe('related');
    expect(await support('Jeg bor i Hobro. Kommer der nok folk til koncerten?', 0)).toBe('none');
    // Told symptoms, the question may ask for medical advice: the bars stand.
    expect(await support('Jeg bor i Aalborg og har ondt i maven. Hvad gør sygehuset ved ventetiderne?', 0)).toBe('none');
  });

  it('detailTypoFrom: a detail word typed one letter wrong asks for the detail, also where the concepts forgive the typo', async () => {
    // "ventetuden" reads as the waiting concept, yet no passage or concept writes it: it is "ventetiden" mistyped.
    const question = 'Hvor lang er ventetuden på skadestuen i Aalborg lige nu?';
    expect(await decide(question)).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'duration' });
    expect(await decide(question, { relevance: { detailTypoFrom: 16 } })).not.toMatchObject({ reason: 'detail-not-held' });
  });

  it('names the regions without documents the asking sentences name beside a corpus region; the situation names none', async () => {
    const open = { relevance: { direct: 0, related: 0 } };
    expect(await decide('Gør Region Syddanmark det samme som Region Nordjylland ved ventetiderne?', open)).toMatchObject({ kind: 'answer', uncovered: ['Region Syddanmark'] });
    const moved = await decide('Jeg er flyttet fra Region Syddanmark. Hvad gør Region Nordjylland ved ventetiderne?', open);
    expect(moved).toMatchObject({ kind: 'answer' });
    expect(moved).not.toHaveProperty('uncovered');
    // Asking sentences naming only a region without documents ask about it, whatever corpus town the situation names.
    expect(await decide('Jeg arbejder i Aalborg. Hvad gør Region Syddanmark ved ventetiderne?', open)).toMatchObject({ kind: 'refuse', reason: 'unknown-region' });
    expect(await decide('Jeg arbejder i Aalborg. Hvad gør regionen ved ventetiderne?', open)).toMatchObject({ kind: 'answer' });
    // Compared with a corpus region, a region without documents is half of what is asked: refused by name.
    expect(await decide('Har Region Nordjylland bedre psykiatri end Odense?', open)).toMatchObject({ kind: 'refuse', reason: 'unknown-region', unknownRegions: ['Region Syddanmark'] });
    // "Like" compares as much as "than" does.
    expect(await decide('Laver Esbjerg sygehus patientinddragelse ligesom Region Nordjylland?', open)).toMatchObject({ kind: 'refuse', reason: 'unknown-region' });
    expect(await decide('Har Helse Vest ei eiga satsing på e-helse likesom Helse Nord?', open)).toMatchObject({ kind: 'refuse', reason: 'unknown-region' });
    // So is a decision that takes it in.
    expect(await decide('Skal Region Nordjylland lægges sammen med Region Syddanmark?', open)).toMatchObject({ kind: 'refuse', reason: 'detail-not-held' });
  });

  it('a claim checked that states a figure is refused unless a passage states it', async () => {
    const open = { relevance: { direct: 0, related: 0 } };
    expect(await decide('Region Nordjylland har lovet 300 nye ambulancer. Stemmer det?', open)).toMatchObject({ kind: 'refuse', reason: 'detail-not-held' });
    expect(await decide('Region Nordjylland har lovet flere ambulancer. Stemmer det?', open)).toMatchObject({ kind: 'answer' });
  });

  it('a count is held by a number of what is counted, not by one labelling something after it', async () => {
    const counting = tinyCorpus(
      [
        chunkOf('c#1', NJ, 'Sundhed › Lighed', 'Vi prioriterer borgere i gruppe 5 og deres familier.'),
        chunkOf('c#2', NJ, 'Sundhed › Akut', 'Regionen har 4 akutklinikker og hurtige ambulancer.'),
      ],
      [NJ],
    );
    const countingPipeline = new AnswerPipeline(counting, { topK: 2, mode: 'hybrid', policy: answerPolicy({ relevance: { direct: 0, related: 0 } }) });
    const ask = (question: string) => countingPipeline.decide({ question });
    expect(await ask('Hvor mange akutklinikker har Region Nordjylland?')).toMatchObject({ kind: 'answer', support: 'direct' });
    expect(await ask('Hvor mange borgere prioriterer Region Nordjylland?')).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'count' });
  });

  it('localDecision: closing or opening a unit at one named place is a detail no passage naming another holds', async () => {
    // A town and a part of the region name the place; no passage names either.
    expect(await decide('Skal skadestuen i Frederikshavn lukkes?')).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'localDecision' });
    expect(await decide('Bliver ambulancestationen i Vendsyssel nedlagt?')).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'localDecision' });
    // Asked of no place, it asks what the strategy says of the matter.
    expect(await decide('Vil Region Nordjylland lukke ambulancestationer?')).not.toMatchObject({ reason: 'detail-not-held' });
    // Told as the situation, a rumour of closing is why the asker asks what the region says.
    expect(await decide('Der går rygter om, at skadestuen i Frederikshavn skal lukkes. Hvad siger Region Nordjylland om ambulancer?')).not.toMatchObject({
      reason: 'detail-not-held',
    });
    // Checked after it is told ("Stemmer det?"), the rumour is what is asked; a closing from a season on is a closing.
    expect(await decide('Der går rygter om, at skadestuen i Frederikshavn skal lukkes. Stemmer det?')).toMatchObject({ detail: 'localDecision' });
    expect(await decide('Lukker skadestuen i Frederikshavn til sommer?')).toMatchObject({ kind: 'refuse', detail: 'localDecision' });
    expect(await decide('Hvornår lukker skadestuen i Frederikshavn?')).toMatchObject({ detail: 'openingHours' });
    // A detail the knob lists as soft is answered from what the strategies say.
    expect(await decide('Skal skadestuen i Frederikshavn lukkes?', { relevance: { softDetails: ['localDecision'] } })).not.toMatchObject({
      reason: 'detail-not-held',
    });
  });

  it('softDetails: a how-long question no passage holds a figure for is answered as related, unless the knob refuses it', async () => {
    const question = 'Hvor længe skal man vente på udredning i Region Nordjylland?';
    expect(await decide(question)).toMatchObject({ kind: 'answer', support: 'related' });
    expect(await decide(question, { relevance: { softDetails: [] } })).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'duration' });
    // Asked as a number of minutes or weeks, a duration is exact: only a passage holding one answers it.
    const minutes = 'Hvor mange minutter går der, før ambulancen er fremme i Region Nordjylland?';
    expect(await decide(minutes)).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'duration' });
    // A count stays a detail the strategies must hold, unless the knob lists it.
    const count = 'Hvor mange ambulancer har Region Nordjylland?';
    expect(await decide(count)).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'count' });
    expect(await decide(count, { relevance: { softDetails: ['count'] } })).toMatchObject({ kind: 'answer', support: 'related' });
    // When things get better is answered from the plans, unless the knob refuses it.
    const progress = 'Hvornår bliver der kortere ventetid på psykiatrien i Region Nordjylland?';
    expect(await decide(progress)).toMatchObject({ kind: 'answer', support: 'related' });
    expect(await decide(progress, { relevance: { softDetails: ['duration'] } })).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'progress' });
    // So is when care can be had, asked of anyone (access), unless the knob refuses it.
    const access = 'Hvornår kan patienterne få behandling i eget hjem i Region Nordjylland?';
    expect(await decide(access)).toMatchObject({ kind: 'answer', support: 'related' });
    expect(await decide(access, { relevance: { softDetails: ['duration', 'progress'] } })).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'access' });
  });

  it('narrowCareDetail: how long or when, asked of one named care, asks a figure no strategy gives', async () => {
    // Waiting asked of the service in general is answered from the goals on waiting times; of one scan, refused.
    expect(await decide('Hvor længe skal man vente på behandling i Region Nordjylland?')).toMatchObject({ kind: 'answer', support: 'related' });
    // (With `narrowCare` off: in this small corpus the scan is too much of the question to be asked at all.)
    const scan = 'Hvor længe skal man vente på en MR-scanning i Region Nordjylland?';
    expect(await decide(scan, { relevance: { narrowCare: 1.01 } })).toMatchObject({ kind: 'refuse', reason: 'detail-not-held', detail: 'duration' });
    expect(await decide(scan, { relevance: { narrowCare: 1.01, narrowCareDetail: 1.01 } })).toMatchObject({ kind: 'answer', support: 'related' });
    // Told as the situation, the care is not what the figure is asked of.
    expect(await decide('Jeg skal have en MR-scanning. Hvor længe skal man vente på behandling i Region Nordjylland?')).toMatchObject({ kind: 'answer', support: 'related' });
  });

  it('absentFromRegion: a theme only another region’s strategy speaks of is refused for this one', async () => {
    // Only Nordjylland's passages speak of medicine: asked of Midtjylland, the nearest passages speak of something else.
    const elsewhere = 'Hvad gør Region Midtjylland med medicinbokse?';
    expect(await decide(elsewhere)).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    // (`narrowCare` off: the device, named by Nordjylland only, is also care no Midtjylland passage names.)
    expect(await decide(elsewhere, { relevance: { absentFromRegion: 1.01, narrowCare: 1.01, direct: 0, related: 0 } })).toMatchObject({ kind: 'answer' });
    expect(await decide('Hvad gør Region Nordjylland med medicinbokse?')).toMatchObject({ kind: 'answer' });
    // Half of it is in Midtjylland's strategy (recycling): refused only below the default.
    const half = 'Hvad gør Region Midtjylland med medicinbokse og genanvendelse?';
    expect(await decide(half, { relevance: { narrowCare: 1.01, direct: 0, related: 0 } })).toMatchObject({ kind: 'answer' });
    expect(await decide(half, { relevance: { absentFromRegion: 0.3, narrowCare: 1.01, direct: 0, related: 0 } })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    // Every strategy has goals: a goal asked for a theme the region lacks says nothing of that theme.
    const withGoals = new AnswerPipeline(tinyCorpus([...chunks, chunkOf('rm#5', RM, 'Vision', 'Vores vision og mål er et stærkt sundhedsvæsen.')], [NJ, RM]), {
      topK: 4,
      mode: 'hybrid',
      policy: answerPolicy({ relevance: { direct: 0, related: 0 } }),
    });
    expect(await withGoals.decide({ question: 'Hvad er Region Midtjyllands mål for medicinbokse?' })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(await withGoals.decide({ question: 'Hvad er Region Nordjyllands mål for medicinbokse?' })).toMatchObject({ kind: 'answer' });
    expect(await withGoals.decide({ question: 'Hvad er Region Midtjyllands mål og vision?' })).toMatchObject({ kind: 'answer' });
    // A compound whose theme the region never speaks of is not held by its parts met apart in a passage.
    const apart = tinyCorpus(
      [...chunks, chunkOf('rm#5', RM, 'Kvalitet', 'Vi har en evaluerende kultur, og tilbudene skal have høj kvalitet.'), chunkOf('nj#7', NJ, 'Kultur', 'Et levende kulturliv med kulturtilbud for alle.')],
      [NJ, RM],
    );
    const apartPipeline = (absentFromRegion: number) =>
      new AnswerPipeline(apart, { topK: 4, mode: 'hybrid', policy: answerPolicy({ relevance: { direct: 0, related: 0, absentFromRegion } }) });
    expect(await apartPipeline(0.5).decide({ question: 'Hvad siger Region Midtjylland om kulturtilbud?' })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(await apartPipeline(1.01).decide({ question: 'Hvad siger Region Midtjylland om kulturtilbud?' })).toMatchObject({ kind: 'answer' });
    expect(await apartPipeline(0.5).decide({ question: 'Hvad siger Region Nordjylland om kulturtilbud?' })).toMatchObject({ kind: 'answer' });
    // Nor by a compound ending in it: "arbeidsmiljø" holds no natural environment.
    const HN = 'Helse Nord';
    // (Another region writes "miljø" alone, so the corpus knows the word and splits the compound.)
    const professional = chunkOf('hn#1', HN, 'Rekruttering', 'Vi vil sikre gode arbeidsmiljø ved sykehusene.', 'no');
    const nature = chunkOf('nj#8', NJ, 'Natur', 'Et rent miljø i hele regionen.');
    const environmentOf = (extra: ReturnType<typeof chunkOf>[]) =>
      new AnswerPipeline(tinyCorpus([...chunks, nature, professional, ...extra], [NJ, RM, HN]), {
        topK: 4,
        mode: 'hybrid',
        policy: answerPolicy({ relevance: { direct: 0, related: 0 } }),
      }).decide({ question: 'Hva sier Helse Nord om miljøet?' });
    expect(await environmentOf([])).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(await environmentOf([chunkOf('hn#2', HN, 'Natur', 'Vi tar vare på miljøet rundt sykehusene.', 'no')])).toMatchObject({ kind: 'answer' });
    // A comparison is not judged so: each region answers for itself.
    expect(await decide('Hvad siger regionerne om medicinbokse?', { relevance: { direct: 0, related: 0 } })).toMatchObject({ kind: 'answer' });
    // A strategy speaking of coercion speaks of psychiatry (a narrower concept of it).
    expect(await decide('Hvad gør Region Nordjylland for psykiatrien?', { relevance: { direct: 0, related: 0 } })).toMatchObject({ kind: 'answer' });
    expect(await decide('Hvad gør Region Midtjylland for psykiatrien?', { relevance: { direct: 0, related: 0 } })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    // A strategy speaking of children and young people in general ("børn og unge") does not speak of psychiatry.
    const youth = tinyCorpus([...chunks, chunkOf('rm#5', RM, 'Uddannelse', 'Vi skaber flere uddannelsespladser til børn og unge.')], [NJ, RM]);
    const youthPipeline = new AnswerPipeline(youth, { topK: 4, mode: 'hybrid', policy: answerPolicy({ relevance: { direct: 0, related: 0 } }) });
    expect(await youthPipeline.decide({ question: 'Hvad gør Region Midtjylland for mennesker med psykisk sygdom?' })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(await youthPipeline.decide({ question: 'Hvad gør Region Midtjylland for børn og unge?' })).toMatchObject({ kind: 'answer' });
  });

  it('outsideRemit: a question asking about a service no health region runs is refused, unless the documents speak of it', async () => {
    // The passages on waiting times come near; the dentist's waiting time is no region's strategy.
    const dentist = 'Hvad gør Region Nordjylland ved ventetiden hos tandlægen?';
    expect(await decide(dentist, { relevance: { direct: 0, related: 0 } })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(await decide(dentist, { relevance: { outsideRemit: 1.01, direct: 0, related: 0 } })).toMatchObject({ kind: 'answer' });
    // Norwegian, a compound and an inflected plural: the same.
    const kindergarten = 'Hva gjør Region Nordjylland med ventetidene på barnehageplassene?';
    expect(await decide(kindergarten, { relevance: { direct: 0, related: 0 } })).toMatchObject({ kind: 'refuse' });
    expect(await decide(kindergarten, { relevance: { outsideRemit: 1.01, direct: 0, related: 0 } })).toMatchObject({ kind: 'answer' });
    // Told in the situation, not asked, such a service refuses nothing; nor does a word it only begins ("politikerne").
    expect(await decide('Jeg er tandlæge. Hvad gør Region Nordjylland ved ventetider?', { relevance: { direct: 0, related: 0 } })).toMatchObject({ kind: 'answer' });
    expect(await decide('Hvad gør politikerne i Region Nordjylland ved ventetider?', { relevance: { direct: 0, related: 0 } })).toMatchObject({ kind: 'answer' });
    // A corpus that speaks of the service answers it.
    const withDentists = tinyCorpus([...chunks, chunkOf('nj#6', NJ, 'Sundhed › Tandpleje', '• Kortere ventetid hos tandlægen for borgere med handicap')], [NJ, RM]);
    const speaking = new AnswerPipeline(withDentists, { topK: 4, mode: 'hybrid', policy: answerPolicy({ relevance: { direct: 0, related: 0 } }) });
    expect(await speaking.decide({ question: dentist })).toMatchObject({ kind: 'answer' });
  });

  it('narrowCare: a question asking about one condition or treatment the documents never name is refused; told as the situation, it is not', async () => {
    const open = { relevance: { direct: 0, related: 0 } };
    // The passage on coercion in psychiatry comes near; what the region offers for one diagnosis is not in it.
    const diagnosis = 'Hvilken behandling giver Region Nordjylland til voksne med bulimi?';
    expect(await decide(diagnosis, open)).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(await decide(diagnosis, { relevance: { ...open.relevance, narrowCare: 1.01 } })).toMatchObject({ kind: 'answer' });
    // A kind of a treatment, named at the end of a compound, in Norwegian: the same.
    expect(await decide('Tilbyr Region Nordjylland influensavaksine til de ansatte?', open)).toMatchObject({ kind: 'refuse' });
    // Told as what the asker lives with, beside a theme asked about, the condition refuses nothing.
    expect(await decide('Far har demens. Kan han blive behandlet hjemme i Region Nordjylland?', open)).toMatchObject({ kind: 'answer' });
    // Nor when the asking sentence only points back at it: the situation is what is asked, the diagnosis explains it.
    expect(await decide('Min bror har bulimi og får tvang på afdelingen. Gør Region Nordjylland noget ved den slags?', open)).toMatchObject({ kind: 'answer' });
    // A condition named beside a theme the question asks about (safe treatment) is a third of it or less:
    // answered at the default, refused from a lower bar.
    const beside = 'Får patienter med demens sikker behandling i Region Nordjylland?';
    expect(await decide(beside, open)).toMatchObject({ kind: 'answer' });
    expect(await decide(beside, { relevance: { ...open.relevance, narrowCare: 0.2 } })).toMatchObject({ kind: 'refuse' });
    // Asked as an offer of its own, the condition is what is asked, however small a share of the words.
    expect(await decide('Får patienter med demens et eget tilbud om sikker behandling i Region Nordjylland?', open)).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    // Asked for a group by its condition ("for …/til … med …"), the condition is what is asked too; the group
    // only asked about stays answered (above).
    expect(await decide('Hvad gør Region Nordjylland for patienter med demens, så de får sikker behandling?', open)).toMatchObject({
      kind: 'refuse',
      reason: 'no-evidence',
    });
    // Named as what the question is about ("om …"), the condition is what is asked too.
    expect(await decide('Hvad står der hos Region Nordjylland om bulimi og sikker behandling?', open)).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(await decide('Hvad står der hos Region Nordjylland om sikker behandling ved bulimi?', open)).toMatchObject({ kind: 'answer' });
    // Care the corpus names is answered from it, by the region whose documents name it; asked of another region,
    // it is no more that region's than care no document names.
    expect(await decide('Hvad gør Region Nordjylland med medicinbokse?', open)).toMatchObject({ kind: 'answer' });
    expect(await decide('Hvad gør Region Midtjylland med medicinbokse?', open)).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(await decide('Hvad gør Region Midtjylland med medicinbokse?', { relevance: { ...open.relevance, narrowCare: 1.01, absentFromRegion: 1.01 } })).toMatchObject({
      kind: 'answer',
    });
  });

  it('absentCare: an illness or its care that the region asked about never speaks of is refused for that region', async () => {
    const open = { direct: 0, related: 0 };
    // Nordjylland speaks of coercion in psychiatry; Midtjylland's passages here speak of waiting, not of mental
    // illness. (This corpus weighs the waiting above the illness: a low bar shows the knob.)
    const ask = (region: string) => `Får patienter med psykiske lidelser kortere ventetider i ${region}?`;
    expect(await decide(ask(RM), { relevance: { ...open, absentCare: 0.2 } })).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(await decide(ask(NJ), { relevance: { ...open, absentCare: 0.2 } })).toMatchObject({ kind: 'answer' });
    expect(await decide(ask(RM), { relevance: { ...open, absentCare: 1.01 } })).toMatchObject({ kind: 'answer' });
    // Compared across regions, one region's silence is part of the answer.
    expect(await decide(ask('Region Midtjylland og Region Nordjylland'), { relevance: { ...open, absentCare: 0.2 } })).toMatchObject({ kind: 'answer' });
  });

  it('a recommendation for the asker\'s own choice of a thing the documents don\'t name is refused; of a theme or of the regions it is answered', async () => {
    const low = { relevance: { direct: 0.01, related: 0.01, relatedInRegion: 0.01, relatedOnTheme: 0.01 } };
    // A thing the corpus never names, and one it names only as an everyday word beside a theme (a bicycle).
    expect(await decide('Jeg bor i Region Nordjylland. Hvilken barnevogn er bedst?', low)).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    expect(await decide('Jeg bor i Region Nordjylland. Hvilken cykel er bedst om vinteren?', low)).toMatchObject({ kind: 'refuse', reason: 'no-evidence' });
    // Of what the documents speak of, it asks what they say; asked of the regions, it compares them.
    expect((await decide('Hvilken indsats er bedst mod ventetider?', low)).kind).toBe('answer');
    expect((await decide('Hvilken region er bedst til genanvendelse?', low)).kind).toBe('answer');
  });

  it('regionOnlyPassages: what a question naming only a region gets', async () => {
    const count = async (regionOnlyPassages: number) => answered(await decide('Hvad vil Region Midtjylland?', { relevance: { regionOnlyPassages } }))!.passages.length;
    expect(await count(1)).toBe(1);
    expect(await count(3)).toBe(3);
  });
});

describe('retrieval through concepts', () => {
  it('wordsPerConcept and conceptWeight: the corpus words a question’s everyday words bring in, and their pull', async () => {
    const question = 'Er der for få hænder på sygehusene?';
    const concept = async (over: PolicyOverrides) => (await pipeline(over).search(question, 4, 'hybrid')).filter((p) => p.concept).length;
    expect(await concept({})).toBeGreaterThan(0);
    expect(await concept({ retrieval: { wordsPerConcept: 0 } })).toBe(0);
    const rank = async (conceptWeight: number) =>
      (await pipeline({ retrieval: { conceptWeight } }).search(question, 8, 'lexical')).findIndex((p) => p.chunk.id === 'rm#1');
    expect(await rank(2)).toBeLessThanOrEqual(await rank(0));
    expect(await rank(2)).toBe(0);
  });
});

describe('bridging concepts to the documents asked about', () => {
  const HN = 'Helse Nord';
  const twoLanguages = tinyCorpus(
    [
      chunkOf('nj#1', NJ, 'Fælles › En arbejdsplads', '• Vi vil fastholde medarbejdere og rekruttere nye'),
      chunkOf('nj#2', NJ, 'Sundhed', '• Korte ventetider og hurtig udredning'),
      chunkOf('hn#1', HN, 'Rekruttering og stabilisering', '• Å stabilisere fagmiljøene gjennom gode og utviklende arbeidsmiljø.', 'no'),
      chunkOf('hn#2', HN, 'Tilgjengelighet', '• Å eliminere uverdige ventetider.', 'no'),
    ],
    [NJ, HN],
  );
  const conceptPassages = async (bridge: 'off' | 'follow-ups' | 'all', question: string, history: { role: 'user' | 'assistant'; content: string }[] = []) => {
    const p = new AnswerPipeline(twoLanguages, { topK: 3, mode: 'hybrid', policy: answerPolicy({ retrieval: { bridgeInAskedLanguage: bridge } }) });
    const d = await p.decide({ question, history });
    return (d.kind === 'answer' ? d.passages : []).filter((x) => x.concept).length;
  };
  // "fastholde" is a word of the corpus (the Danish document), not of Helse Nord's Norwegian one.
  const history = [
    { role: 'user' as const, content: 'Hvordan skal Region Nordjylland fastholde medarbejdere?' },
    { role: 'assistant' as const, content: 'Kort fortalt siger Region Nordjylland: „Vi vil fastholde medarbejdere og rekruttere nye“ [1]' },
  ];

  it('bridgeInAskedLanguage: a Danish topic asked of a Norwegian region reaches its words, scoped or through the region’s own concept words', async () => {
    // Since a region's words for a concept it words otherwise are brought in whatever the asker's language
    // (readQuestion's `regionWords`), unscoped questions ('off', and 'follow-ups' for a question of its own)
    // reach them too; the setting now decides only which words: all its documents' language's, or the region's.
    for (const bridge of ['off', 'follow-ups', 'all'] as const) {
      expect(await conceptPassages(bridge, 'og Helse Nord?', history), bridge).toBeGreaterThan(0);
      expect(await conceptPassages(bridge, 'Hvordan skal Helse Nord fastholde medarbejdere?'), bridge).toBeGreaterThan(0);
    }
  });
});

describe('the asker’s country as a prior', () => {
  const HN = 'Helse Nord';
  // Both passages hold the question's words; Helse Nord's, being shorter, ranks first lexically.
  const base = tinyCorpus(
    [
      chunkOf('nj#1', NJ, 'Fælles', '• Rekruttering af sygeplejersker og læger til hospitalerne i hele regionen'),
      chunkOf('hn#1', HN, 'Mål', '• Rekruttering av sygeplejersker', 'no'),
    ],
    [NJ, HN],
  );
  const corpus = { ...base, regions: { ...base.regions, regions: [{ name: NJ, aliases: [], country: 'Denmark' }, { name: HN, aliases: [], country: 'Norway' }] } };
  const lead = async (question: string, foreignRegionWeight: number) => {
    const policy = answerPolicy({ retrieval: { foreignRegionWeight }, relevance: { direct: 0, related: 0 } });
    const d = await new AnswerPipeline(corpus, { topK: 2, mode: 'hybrid', policy }).decide({ question });
    return d.kind === 'answer' ? d.passages[0].chunk.region : undefined;
  };

  it('foreignRegionWeight: a question naming no region is led by the asker’s country’s region in a near tie, unless it is 1', async () => {
    const mine = 'Arbejder regionen med rekruttering af sygeplejersker?';
    expect(await lead(mine, 1)).toBe(HN);
    expect(await lead(mine, DEFAULT_POLICY.retrieval.foreignRegionWeight)).toBe(NJ);
    // A region or place named decides alone.
    expect(await lead('Arbejder Helse Nord med rekruttering af sygeplejersker?', DEFAULT_POLICY.retrieval.foreignRegionWeight)).toBe(HN);
    expect(await lead('Arbejder sygehuset i Tromsø med rekruttering af sygeplejersker?', DEFAULT_POLICY.retrieval.foreignRegionWeight)).toBe(HN);
  });
});

describe('a comparison’s passages per region', () => {
  // Midtjylland's nearest passage to the question's words is about waiting times; its climate passage shares
  // none of the question's words, only the concept, and retrieval with one passage per region misses it.
  const climate = tinyCorpus(
    [
      chunkOf('nj#1', NJ, 'En grøn region', '• Klimaet på hospitalerne: lokale klimahandlingsplaner'),
      chunkOf('rm#1', RM, 'Patientens tid', 'Kortere ventetider på hospitalerne.'),
      chunkOf('rm#2', RM, 'Bæredygtighed', 'Vi vil nedbringe CO2-aftrykket med fossilfri energi.'),
    ],
    [NJ, RM],
  );
  const passages = async (regionConceptPassages: number) => {
    const policy = answerPolicy({ retrieval: { regionConceptPassages, wordsPerConcept: 0, depth: 1 }, relevance: { direct: 0, related: 0 } });
    const d = await new AnswerPipeline(climate, { topK: 1, mode: 'hybrid', policy }).decide({ question: 'Regionernes plan for klimaet på hospitalerne?' });
    return d.kind === 'answer' ? d.passages.map((p) => p.chunk.id) : [];
  };

  it('regionConceptPassages: a compared region with nothing on the asked concept among its retrieved passages gets its passages that have it', async () => {
    expect(await passages(0)).not.toContain('rm#2');
    expect(await passages(2)).toContain('rm#2');
  });
});

describe('generative', () => {
  it('maxPassages: how many passages a language model is given', async () => {
    const prepared = await pipeline({ generative: { maxPassages: 1 }, relevance: { coverageSlack: 1 } }).prepare({ question: 'Hvad siger regionerne om ventetider?' });
    expect(prepared.kind === 'answer' && prepared.passages).toHaveLength(1);
  });
});

describe('words that only say a question compares', () => {
  const words = async (question: string) => {
    const d = await decide(question, { relevance: { direct: 0, related: 0 } });
    return d.kind === 'answer' ? d.topic.words.map((w) => w.word) : [];
  };

  it('are no topic of a comparison, unless they mention a theme; asked of one region they stay', async () => {
    // "forskel" is a word of no theme: in a comparison it only says that it compares.
    expect(await words('Ventetider: forskel mellem Region Midtjylland kontra Region Nordjylland?')).not.toContain('forskel');
    expect(await words('Er der forskel på ventetider i Region Nordjylland?')).toContain('forskel');
    // "forskelle i sundhed" is inequality: the word names what is compared.
    expect(await words('Forskelle i sundhed, Region Midtjylland kontra Region Nordjylland?')).toContain('forskelle');
  });
});
