import { describe, expect, it } from 'vitest';
import { aboutNouns, namesNarrowCare, namesOutsideService } from '../../src/answer/remit.js';
import { foldNordic } from '../../src/text/normalize.js';

const names = (word: string) => namesOutsideService(foldNordic(word));

describe('services outside a health region’s remit', () => {
  it('names a service inflected, in either language, and in the compounds it begins when its noun allows', () => {
    for (const w of ['tandlægen', 'tandlægerne', 'tannlegen', 'dyrlegene', 'børnehaverne', 'barnehagen', 'politiet', 'præsten', 'kirkene', 'folkeskolen']) expect(names(w), w).toBe(true);
    for (const w of ['tandlægeregningen', 'børnehavepladser', 'barnehageplassene', 'folkeskolebørn', 'grunnskolen']) expect(names(w), w).toBe(true);
  });

  it('not a school alone: a Danish region plans the places for the young to study, and "skole" is also a nursing school', () => {
    for (const w of ['skole', 'skolen', 'skoler', 'skolebørn', 'gymnasiet', 'festival', 'festivalen']) expect(names(w), w).toBe(false);
  });

  it('not a word the noun only begins, nor a compound it only ends', () => {
    // "politi" begins no compounds: politics is the regions' own business.
    for (const w of ['politikerne', 'politisk', 'pædagogisk', 'præstation', 'højskolen', 'sygehus', 'tandem']) expect(names(w), w).toBe(false);
  });

  it('names benefits the municipality, the state or NAV pays out, but not a pension staff go on', () => {
    for (const w of ['sygedagpengene', 'boligstøtte', 'førtidspension', 'foreldrepengene', 'sykepenger', 'bostøtten', 'advokaten']) expect(names(w), w).toBe(true);
    for (const w of ['pension', 'pensionen', 'pensjon', 'pensjonert', 'dagen', 'penge']) expect(names(w), w).toBe(false);
  });

  it('names things of everyday life no health service provides, but not the transport the strategies plan', () => {
    for (const w of ['boligen', 'boliger', 'lasagnen', 'opskriften', 'kageopskrift', 'fiskesuppe', 'golfbanen', 'strikkeopskrift', 'vejret', 'hunden', 'hundefoder', 'kjæledyret', 'sommerhuset', 'parkeringen', 'parkeringsplassen', 'parkere']) expect(names(w), w).toBe(true);
    for (const w of ['biler', 'bilen', 'elbiler', 'nordlys', 'vejrtrækning', 'hundrede', 'hundre', 'været', 'gavn']) expect(names(w), w).toBe(false);
  });
});

describe('care named more narrowly than the strategies speak', () => {
  const narrow = (word: string) => namesNarrowCare(foldNordic(word));

  it('names a condition or a treatment inflected, in either language, and in compounds it begins or ends', () => {
    for (const w of ['demensen', 'demente', 'astmaen', 'kols', 'spiseforstyrrelser', 'eteforstyrringar', 'vaccinationen', 'vaksinene', 'hospicet', 'palliative']) expect(narrow(w), w).toBe(true);
    for (const w of ['rygestopkurset', 'røykesluttkurs', 'fertilitetsklinikken', 'influenzavaccinen', 'barnediabetes', 'hpv-vaksine']) expect(narrow(w), w).toBe(true);
    // One operation named, and a noun whose plural drops its e ("fødsel", "fødsler"); not an operation or a new hip told in everyday words.
    for (const w of ['knæoperationen', 'hofteprotese', 'kneoperasjonen', 'hjemmefødsel', 'hjemmefødslerne']) expect(narrow(w), w).toBe(true);
    for (const w of ['operation', 'operasjonen', 'hofte', 'knæ']) expect(narrow(w), w).toBe(false);
    // Common conditions begin compounds of their patients and care ("demensramte", "diabetespasienter").
    for (const w of ['demensramte', 'demenskoordinator', 'diabetespasienter', 'psoriasisbehandling', 'leddgiktpasient']) expect(narrow(w), w).toBe(true);
    // …and in the spellings people write beside the lists' own: c for k, Latin forms, abbreviations as whole words.
    for (const w of ['sclerosepatienter', 'kols', 'copd', 'brystcancer', 'carpaltunnelsyndrom', 'thrombosen']) expect(narrow(w), w).toBe(true);
    for (const w of ['ms', 'als', 'assistent', 'intelligentest']) expect(narrow(w), w).toBe(false);
  });

  it('not the everyday name of a theme, nor a word a short noun only ends or begins', () => {
    for (const w of ['kræft', 'kreft', 'psykiatri', 'depression', 'angst', 'ældre', 'ambulance']) expect(narrow(w), w).toBe(false);
    for (const w of ['protokol', 'kollega', 'kollektiv', 'kolde', 'russisk', 'gift']) expect(narrow(w), w).toBe(false);
  });
});

describe('common conditions, examinations and devices as narrow care', () => {
  const narrow = (word: string) => namesNarrowCare(foldNordic(word));

  it('names them in either language, but not the ordinary words they hide in', () => {
    for (const w of ['tinnitus', 'endometriose', 'gråstær', 'pacemakeren', 'høreapparater', 'kemoterapien', 'mammografi', 'søvnapnø']) expect(narrow(w), w).toBe(true);
    for (const w of ['brystvorte', 'indvortes', 'økumenisk', 'melankoliker', 'folkvise', 'intelligentest']) expect(narrow(w), w).toBe(false);
  });
});

describe('what a question names as its subject', () => {
  it('is the noun after "om" or "angående", past an article or "ny"', () => {
    expect(aboutNouns('Noget nyt fra regionen om tinnitus hos ældre?')).toEqual(['tinnitus']);
    expect(aboutNouns('er det laget planer om ei ny hjertestarter-ordning')).toEqual(['hjertestarter']);
    expect(aboutNouns('Spørgsmål angående de nye regler')).toEqual(['regler']);
    expect(aboutNouns('Hvordan arbejder regionen med klimaet?')).toEqual([]);
  });
});

