/**
 * Page furniture: page markers, "was this helpful?" footers, editor bylines, "read more" links and image
 * descriptions. Which lines these are is corpus knowledge, so the patterns live in the manifest
 * (`noiseLines`); this module only applies them.
 */

/** Where noise starts in a line: offset into `raw`, or -1 when the line has none. */
export type NoiseMatcher = (raw: string) => number;

/**
 * Each pattern is matched (case-insensitive) against the line with surrounding whitespace trimmed and
 * no-break spaces as spaces. It must reach the end of the line: a whole-line match makes the line noise,
 * a match of its tail ("… transport. Redaktør") cuts the line there.
 */
export function createNoiseMatcher(patterns: readonly string[]): NoiseMatcher {
  const regexes = patterns.map((p) => new RegExp(p, 'iu'));
  return (raw) => {
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim().replace(/\u00a0/g, ' ');
    if (!line) return -1;
    let at = -1;
    for (const regex of regexes) {
      const m = regex.exec(line);
      if (m && m.index + m[0].length === line.length && (at === -1 || m.index < at)) at = m.index;
    }
    return at === -1 ? -1 : lead + at;
  };
}
