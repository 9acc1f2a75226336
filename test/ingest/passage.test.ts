import { describe, expect, it } from 'vitest';
import { chunkCorpus } from '../../src/ingest/chunk.js';
import { loadCorpus } from '../../src/ingest/load.js';
import { locateQuote, normalizePassageText, parseBlocks, quoteContext } from '../../src/ingest/passage.js';

describe('normalizePassageText', () => {
  it('joins wrapped lines and collapses whitespace, no-break spaces included', () => {
    expect(normalizePassageText('Region Midtjylland leverer \nog behandling\u00a0 af  den rette kvalitet. ')).toBe(
      'Region Midtjylland leverer og behandling af den rette kvalitet.',
    );
  });

  it('puts each bullet on its own line with "• ", whatever its glyph', () => {
    expect(normalizePassageText(' • En\n\uF0A7 To\n\n\uF0B7 Tre\n- Fire\n* Fem')).toBe('• En\n• To\n• Tre\n• Fire\n• Fem');
  });

  it('joins a line continued after a blank line in lowercase (a PDF page break inside a bullet)', () => {
    expect(normalizePassageText(' Vi spilder ikke tid - så meget som muligt kan foregå på \n\nsamme dag.\n Næste punkt.')).toBe(
      'Vi spilder ikke tid - så meget som muligt kan foregå på samme dag.\nNæste punkt.',
    );
  });

  it('keeps paragraphs apart, and a complete bullet apart from an unindented line after it', () => {
    expect(normalizePassageText('Første afsnit.\n\nAndet afsnit.')).toBe('Første afsnit.\nAndet afsnit.');
    expect(normalizePassageText(' • Sidste punkt.\nHelse Nord vil:\n\n • Første punkt')).toBe('• Sidste punkt.\nHelse Nord vil:\n• Første punkt');
    expect(normalizePassageText('• Et punkt der fortsætter \npå næste linje')).toBe('• Et punkt der fortsætter på næste linje');
  });

  it('starts a new line for an indented item but continues a Markdown bullet', () => {
    expect(normalizePassageText('Eksempler:\n Vi gør det.\n Vi gør mere.')).toBe('Eksempler:\nVi gør det.\nVi gør mere.');
    expect(normalizePassageText('- Et punkt\n  der fortsætter.\n1. Nummereret')).toBe('• Et punkt der fortsætter.\n1. Nummereret');
  });
});

describe('parseBlocks', () => {
  it('finds paragraphs and list items with tight spans; indented lines are items only inside a list', () => {
    const text = ' Hvordan gør vi?\n\nEksempler:\n Vi gør det.\n Vi gør mere \n\nend det.\n';
    const blocks = parseBlocks(text, 1, text.length - 1);
    expect(blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['paragraph', 'Hvordan gør vi?'],
      ['paragraph', 'Eksempler:'],
      ['bullet', 'Vi gør det.'],
      ['bullet', 'Vi gør mere \n\nend det.'],
    ]);
  });
});

describe('locateQuote', () => {
  const text = 'Overskrift\n\n\uF0B7 Vi vil korte\n   ventetiderne.  Vi vil\u00a0styrke akutområdet.\n- Sidste punkt\n';
  const from = text.indexOf('\uF0B7');
  const to = text.length - 1;

  it('finds a sentence across a wrapped line and odd spaces, spanning exactly its source text', () => {
    const span = locateQuote(text, from, to, 'Vi vil korte ventetiderne.')!;
    expect(text.slice(span.start, span.end)).toBe('Vi vil korte\n   ventetiderne.');
    const next = locateQuote(text, from, to, 'Vi vil styrke akutområdet.')!;
    expect(text.slice(next.start, next.end)).toBe('Vi vil\u00a0styrke akutområdet.');
    expect(next.start).toBeGreaterThan(span.end);
  });

  it('matches a whole passage whose "• " stands for another bullet glyph', () => {
    const quote = normalizePassageText(text.slice(from, to));
    expect(quote.startsWith('• Vi vil korte')).toBe(true);
    expect(locateQuote(text, from, to, quote)).toEqual({ start: from, end: to });
  });

  it('looks only inside the span, treats the quote as text, and says when it is not there', () => {
    expect(locateQuote(text, from, to, 'Overskrift')).toBeUndefined();
    expect(locateQuote(text, from, to, 'Vi vil (korte) ventetiderne.')).toBeUndefined();
    expect(locateQuote(text, from, to, 'Vi vil .* ventetiderne.')).toBeUndefined();
    expect(locateQuote(text, from, to, '   ')).toBeUndefined();
  });
});

describe('locateQuote over the real corpus', () => {
  /** The quote as the regular expression it stands for: words apart by any whitespace, "•" any bullet glyph. */
  const asRegExp = (quote: string) =>
    new RegExp(
      quote
        .trim()
        .split(/\s+/)
        .map((w) => (w === '•' ? '[•\\uF0A7\\uF0B7\\u25AA\\u25CF\\u25E6\\u2023\\u2043*+\\-]' : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('\\s+'),
      'u',
    );

  it('finds every passage, sentence and bullet where that expression does', async () => {
    const corpus = await loadCorpus('corpus');
    const texts = new Map(corpus.documents.map((d) => [d.meta.id, d.text]));
    let compared = 0;
    for (const chunk of chunkCorpus(corpus)) {
      const text = texts.get(chunk.documentId)!;
      const quotes = [chunk.text, ...chunk.text.split(/(?<=[.!?])\s+|\n/), 'ikke i teksten overhovedet'];
      for (const quote of quotes.filter((q) => q.trim())) {
        const match = asRegExp(quote).exec(text.slice(chunk.start, chunk.end));
        const expected = match ? { start: chunk.start + match.index, end: chunk.start + match.index + match[0].length } : undefined;
        expect(locateQuote(text, chunk.start, chunk.end, quote), quote).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});

describe('quoteContext', () => {
  const passage = 'Helse Nord vil:\n• Å eliminere uverdige ventetider.\n• Å videreføre en betydelig desentralisering.';

  it('gives the passage text before and after the quote', () => {
    expect(quoteContext(passage, 'Å eliminere uverdige ventetider.')).toEqual({
      before: 'Helse Nord vil:\n• ',
      after: '\n• Å videreføre en betydelig desentralisering.',
    });
  });

  it('cuts long context at a word boundary, marked with an ellipsis', () => {
    const long = `${'ord '.repeat(60)}Citatet står her. ${'mere '.repeat(60)}`.trim();
    const context = quoteContext(long, 'Citatet står her.', 40)!;
    expect(context.before).toMatch(/^…ord( ord)* $/);
    expect(context.before.length).toBeLessThanOrEqual(41);
    expect(context.after).toMatch(/^ mere( mere)*…$/);
    expect(context.after.length).toBeLessThanOrEqual(41);
  });

  it('is absent for a whole passage or a quote that is not in it', () => {
    expect(quoteContext(passage, passage)).toBeUndefined();
    expect(quoteContext(passage, 'Noget andet.')).toBeUndefined();
  });
});
