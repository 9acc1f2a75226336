import { describe, expect, it } from 'vitest';
import { intersects } from '../../src/text/sets.js';

describe('intersects', () => {
  it('tells whether two sets share a member, whichever is the smaller', () => {
    const many = new Set(['ventetid', 'kræft', 'psykiatri', 'klima']);
    expect(intersects(new Set(['klima']), many)).toBe(true);
    expect(intersects(many, new Set(['klima']))).toBe(true);
    expect(intersects(many, new Set(['tolk', 'samisk']))).toBe(false);
    expect(intersects(new Set<string>(), many)).toBe(false);
    expect(intersects(many, new Set<string>())).toBe(false);
  });
});
