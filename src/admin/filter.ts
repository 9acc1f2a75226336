import type { FeedbackRating } from '../feedback/schema.js';
import type { FeedbackEntry } from '../feedback/store.js';

export interface FeedbackFilter {
  rating?: FeedbackRating;
  /** Ratings of answers that cite this region. */
  region?: string;
}

/** The entries `filter` keeps, in their order (the export's: newest first). */
export function filterFeedback(entries: readonly FeedbackEntry[], { rating, region }: FeedbackFilter): FeedbackEntry[] {
  return entries.filter((e) => (!rating || e.rating === rating) && (!region || e.citations.some((c) => c.region === region)));
}

/** The regions the entries cite, sorted, for the region filter. */
export function citedRegions(entries: readonly FeedbackEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => e.citations.map((c) => c.region)))].sort((a, b) => a.localeCompare(b, 'da'));
}
