/** Lists region names as both languages write a list: "A, B og C". */
export function listRegions(regions: string[]): string {
  if (regions.length <= 1) return regions.join('');
  return `${regions.slice(0, -1).join(', ')} og ${regions[regions.length - 1]}`;
}

/**
 * Every sentence the extractive answerer writes itself. Quotes from the documents stay in the documents'
 * language; only this framing follows the asker.
 */
export const MESSAGES = {
  da: {
    noAnswer: (covered: string) =>
      `Det kan jeg ikke finde svar på i strategidokumenterne. Jeg kender strategierne fra ${covered}. Prøv at spørge om fx ventetider, rekruttering, psykiatri eller bæredygtighed.`,
    unknownRegion: (asked: string, covered: string) =>
      `Jeg har ingen strategidokumenter fra ${asked}, så det kan jeg ikke svare på. Jeg dækker ${covered}.`,
    notAQuestion: (covered: string) =>
      `Jeg kan kun svare på spørgsmål om, hvad strategidokumenterne fra ${covered} siger. Stil gerne et spørgsmål om dem.`,
    intro: (region: string, title: string) => `${region} skriver i „${title}“:`,
    introOtherLanguage: (region: string, title: string) => `${region} skriver i „${title}“ (citeret på norsk):`,
    opening: 'Det står der i strategien:',
    acrossRegions: 'Sådan beskriver regionerne det i deres strategier:',
  },
  no: {
    noAnswer: (covered: string) =>
      `Det finner jeg ikke svar på i strategidokumentene. Jeg kjenner strategiene fra ${covered}. Prøv å spørre om for eksempel ventetider, rekruttering, psykiatri eller bærekraft.`,
    unknownRegion: (asked: string, covered: string) =>
      `Jeg har ingen strategidokumenter fra ${asked}, så det kan jeg ikke svare på. Jeg dekker ${covered}.`,
    notAQuestion: (covered: string) =>
      `Jeg kan bare svare på spørsmål om hva strategidokumentene fra ${covered} sier. Still gjerne et spørsmål om dem.`,
    intro: (region: string, title: string) => `${region} skriver i «${title}»:`,
    introOtherLanguage: (region: string, title: string) => `${region} skriver i «${title}» (sitert på dansk):`,
    opening: 'Dette står i strategien:',
    acrossRegions: 'Slik beskriver regionene det i strategiene sine:',
  },
} as const;
