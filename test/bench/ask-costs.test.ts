import { describe, expect, it } from 'vitest';
import { formatAskCosts, measureAskCosts, topShare } from '../../src/bench/ask-costs.js';

describe('measureAskCosts', () => {
  it('asks every question once per round, each time worded as never before', async () => {
    const asked: string[] = [];
    const costs = await measureAskCosts(async (q) => void asked.push(q), ['Hvad er visionen?', 'Hva er målet?'], 3);
    expect(asked).toHaveLength(6);
    expect(new Set(asked).size).toBe(6);
    expect(asked.filter((q) => q.startsWith('Hvad er visionen?'))).toHaveLength(3);
    expect(costs.cpuMs).toHaveLength(6);
    expect(costs.perQuestionMs).toHaveLength(2);
    expect(costs.cpuMs.every((ms) => ms >= 0)).toBe(true);
  });
});

describe('topShare', () => {
  it('is the share of the total that the costliest fraction of values take', () => {
    const values = [...Array.from({ length: 19 }, () => 1), 21];
    expect(topShare(values, 0.05)).toBeCloseTo(21 / 40);
    expect(topShare(values, 0.1)).toBeCloseTo(22 / 40);
    expect(topShare([2, 2], 0.05)).toBeCloseTo(0.5); // at least one value
    expect(topShare([0, 0], 0.5)).toBe(0);
  });
});

describe('formatAskCosts', () => {
  it('prints percentiles per ask and per question, and collections per 1000 asks', () => {
    const lines = formatAskCosts({ cpuMs: [1, 1, 1, 5], perQuestionMs: [1, 3], gc: { minor: { count: 2, ms: 4 }, major: { count: 0, ms: 0 } } });
    expect(lines[0]).toContain('mean 2.00');
    expect(lines[0]).toContain('max 5.00');
    expect(lines[1]).toContain('max 3.00');
    expect(lines[2]).toContain('scavenges 500.0 (1000 ms)');
  });
});
