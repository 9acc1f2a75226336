import { describe, expect, it } from 'vitest';
import { httpBenchPort } from '../../src/bench/http.js';

describe('npm run bench -- --http --port', () => {
  it('takes a whole port number, and none means one the OS picks', () => {
    expect(httpBenchPort('43100')).toBe(43100);
    expect(httpBenchPort(' 8787 ')).toBe(8787);
    expect(httpBenchPort(undefined)).toBeUndefined();
  });

  it('refuses what is not a port, naming the option', () => {
    for (const bad of ['0', '65536', '-1', '80.5', '', 'abc', '1e3']) {
      expect(() => httpBenchPort(bad)).toThrow('--port takes a port from 1 to 65535');
    }
  });
});
