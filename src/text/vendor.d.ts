/** snowball-stemmers (a UMD bundle of the Snowball algorithms) ships without type declarations. */
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: {
    newStemmer(algorithm: string): Stemmer;
    algorithms(): string[];
  };
  export = snowball;
}
