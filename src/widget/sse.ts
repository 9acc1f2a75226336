/** One dispatched Server-Sent Event. */
export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Incremental text/event-stream parser (WHATWG HTML, "Parsing an event stream"), for fetch() bodies:
 * EventSource can only GET. Feed decoded text in any chunking; complete messages come out.
 * `id` and `retry` are ignored: the widget never reconnects a half-read answer.
 */
export class SseParser {
  #buffer = '';
  #event = '';
  #data: string[] = [];
  #started = false;

  push(chunk: string): SseMessage[] {
    this.#buffer += chunk;
    if (!this.#started && this.#buffer.length > 0) {
      this.#started = true;
      if (this.#buffer.startsWith('\uFEFF')) this.#buffer = this.#buffer.slice(1);
    }
    const out: SseMessage[] = [];
    let pos = 0;
    for (;;) {
      const end = this.#buffer.slice(pos).search(/[\r\n]/);
      if (end < 0) break;
      const at = pos + end;
      // A trailing CR may be the first half of CRLF split across chunks: wait for the next one.
      if (this.#buffer[at] === '\r' && at === this.#buffer.length - 1) break;
      const line = this.#buffer.slice(pos, at);
      pos = at + (this.#buffer.startsWith('\r\n', at) ? 2 : 1);
      const message = this.#line(line);
      if (message) out.push(message);
    }
    this.#buffer = this.#buffer.slice(pos);
    return out;
  }

  /** At the end of the stream: a trailing CR, held back in case LF followed, ends its line after all. */
  end(): SseMessage[] {
    return this.#buffer.endsWith('\r') ? this.push('\n') : [];
  }

  #line(line: string): SseMessage | undefined {
    if (line === '') {
      const message = this.#data.length ? { event: this.#event || 'message', data: this.#data.join('\n') } : undefined;
      this.#event = '';
      this.#data = [];
      return message;
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.#event = value;
    else if (field === 'data') this.#data.push(value);
    return undefined;
  }
}
