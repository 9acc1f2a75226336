import { describe, expect, it } from 'vitest';
import { SseParser } from '../../src/widget/sse.js';

const STREAM = 'event: meta\ndata: {"a":1}\n\n: keep-alive comment\n\nevent: delta\ndata: line one\ndata: line two\n\ndata: plain\n\n';
const EXPECTED = [
  { event: 'meta', data: '{"a":1}' },
  { event: 'delta', data: 'line one\nline two' },
  { event: 'message', data: 'plain' },
];

describe('SseParser', () => {
  it('parses events, multi-line data, comments and the default event type', () => {
    expect(new SseParser().push(STREAM)).toEqual(EXPECTED);
  });

  it('gives the same events however the text is chunked, one character at a time included', () => {
    for (const text of [STREAM, STREAM.replaceAll('\n', '\r\n'), STREAM.replaceAll('\n', '\r')]) {
      const parser = new SseParser();
      const out = [...[...text].flatMap((ch) => parser.push(ch)), ...parser.end()];
      expect(out).toEqual(EXPECTED);
    }
  });

  it('treats a CRLF split across chunks as one line end, not an empty line', () => {
    const parser = new SseParser();
    expect(parser.push('data: x\r')).toEqual([]);
    expect(parser.push('\ndata: y\r\n')).toEqual([]);
    expect(parser.push('\r\n')).toEqual([{ event: 'message', data: 'x\ny' }]);
  });

  it('holds back an event until its blank line arrives, and drops one never finished', () => {
    const parser = new SseParser();
    expect(parser.push('event: done\ndata: {}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'done', data: '{}' }]);
    expect(parser.push('event: delta\ndata: cut off')).toEqual([]);
  });

  it('strips one leading space and a byte order mark, keeps colons in values, ignores unknown fields', () => {
    const parser = new SseParser();
    expect(parser.push('\uFEFFid: 7\nretry: 10\nevent:x\ndata:  two spaces: kept\n\n')).toEqual([
      { event: 'x', data: ' two spaces: kept' },
    ]);
  });

  it('does not dispatch an event without data and resets the event type after each dispatch', () => {
    const parser = new SseParser();
    expect(parser.push('event: meta\n\ndata: a\n\n')).toEqual([{ event: 'message', data: 'a' }]);
  });
});
