/**
 * The file format of the index's large artifacts: named typed arrays (and text) in one file, behind a small
 * JSON header. Loading reads the file once and makes each array a view into that buffer, so a 100 MB
 * postings file costs 100 MB and a read, not a JSON parse into millions of heap objects.
 *
 *   "SVB1" | u32 header length | header JSON | zero padding to 8 | array bytes, each 8-aligned
 *
 * Arrays are stored in the machine's byte order, which the header records; every machine Node runs on
 * today is little-endian, and a big-endian one gets a clear error rather than wrong numbers.
 */

import { openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

const MAGIC = 'SVB1';
const ALIGN = 8;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const TYPES = {
  Uint8Array,
  Uint16Array,
  Uint32Array,
  Int32Array,
  Float32Array,
  Float64Array,
} as const;
type TypeName = keyof typeof TYPES;
export type StoredArray =
  | Uint8Array<ArrayBufferLike>
  | Uint16Array<ArrayBufferLike>
  | Uint32Array<ArrayBufferLike>
  | Int32Array<ArrayBufferLike>
  | Float32Array<ArrayBufferLike>
  | Float64Array<ArrayBufferLike>;

interface Header {
  littleEndian: boolean;
  meta: unknown;
  arrays: { name: string; type: TypeName; offset: number; length: number }[];
}

const pad = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

function typeName(array: StoredArray): TypeName {
  const name = array.constructor.name as TypeName;
  if (!(name in TYPES)) throw new Error(`Cannot store a ${array.constructor.name}`);
  return name;
}

/** Text stored as an array: UTF-8 bytes. */
export function textArray(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function arrayText(bytes: Uint8Array): string {
  // Node's own UTF-8 decoder: ~15% faster than TextDecoder on the 28 MB of passage texts at 100k passages.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** One file's bytes: `meta` (any JSON) plus the named arrays. */
export function encodeArrays(meta: unknown, arrays: Record<string, StoredArray>): Buffer {
  const entries = Object.entries(arrays);
  let offset = 0;
  const layout: Header['arrays'] = entries.map(([name, array]) => {
    const entry = { name, type: typeName(array), offset, length: array.length };
    offset = pad(offset + array.byteLength);
    return entry;
  });
  const headerBytes = Buffer.from(JSON.stringify({ littleEndian: LITTLE_ENDIAN, meta, arrays: layout } satisfies Header));
  const dataStart = pad(MAGIC.length + 4 + headerBytes.length);
  const out = Buffer.alloc(dataStart + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, MAGIC.length);
  headerBytes.copy(out, MAGIC.length + 4);
  entries.forEach(([, array], i) => {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), dataStart + layout[i].offset);
  });
  return out;
}

/** The header of a file's first bytes (at least the magic and the header length), and where its arrays start. */
function readHeader(prefix: Buffer, readHeaderBytes: (length: number) => Buffer, what: string): { header: Header; dataStart: number } {
  if (prefix.length < MAGIC.length + 4 || prefix.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new Error(`${what} is not an index array file`);
  }
  const headerLength = prefix.readUInt32LE(MAGIC.length);
  const header = JSON.parse(readHeaderBytes(headerLength).toString('utf8')) as Header;
  if (header.littleEndian !== LITTLE_ENDIAN) throw new Error(`${what} was written on a machine of the other byte order`);
  return { header, dataStart: pad(MAGIC.length + 4 + headerLength) };
}

/** The meta and arrays of {@link encodeArrays}' output; the arrays share `bytes`' memory. */
export function decodeArrays(bytes: Uint8Array, what: string): { meta: unknown; arrays: Record<string, StoredArray> } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { header, dataStart } = readHeader(buffer, (length) => buffer.subarray(MAGIC.length + 4, MAGIC.length + 4 + length), what);
  // Views need their element alignment: copy once if the file's buffer does not start 8-aligned.
  const aligned = (buffer.byteOffset + dataStart) % ALIGN === 0 ? buffer : Buffer.from(buffer);
  const arrays: Record<string, StoredArray> = {};
  for (const { name, type, offset, length } of header.arrays) {
    const Type = TYPES[type];
    const start = aligned.byteOffset + dataStart + offset;
    if (dataStart + offset + length * Type.BYTES_PER_ELEMENT > aligned.length) throw new Error(`${what} is truncated`);
    // A Node Buffer is never backed by a SharedArrayBuffer.
    arrays[name] = new Type(aligned.buffer as ArrayBuffer, start, length);
  }
  return { meta: header.meta, arrays };
}

/**
 * A file of {@link encodeArrays} kept open instead of read: small arrays (offsets) are read whole when
 * asked for, and the bytes of a large one (a block of texts) piece by piece, so what a process rarely
 * needs costs it no memory. The descriptor stays open for the life of the process, which keeps the file
 * readable after a newer build prunes it (see lifecycle.ts).
 */
export class ArrayFile {
  private constructor(
    private readonly fd: number,
    readonly meta: unknown,
    private readonly layout: ReadonlyMap<string, { type: TypeName; start: number; length: number }>,
    private readonly what: string,
  ) {}

  static open(path: string, what: string): ArrayFile {
    const fd = openSync(path, 'r');
    const read = (position: number, length: number) => readExactly(fd, position, length, what);
    const { header, dataStart } = readHeader(read(0, MAGIC.length + 4), (length) => read(MAGIC.length + 4, length), what);
    const layout = new Map(header.arrays.map(({ name, type, offset, length }) => [name, { type, start: dataStart + offset, length }]));
    return new ArrayFile(fd, header.meta, layout, what);
  }

  has(name: string): boolean {
    return this.layout.has(name);
  }

  /** A whole array, read now into memory of its own. */
  array(name: string): StoredArray {
    const { type, length } = this.entry(name);
    const Type = TYPES[type];
    const bytes = this.bytes(name, 0, length * Type.BYTES_PER_ELEMENT);
    return new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset, length);
  }

  /** Bytes [from, to) of an array's data. */
  bytes(name: string, from: number, to: number): Buffer {
    const { type, start, length } = this.entry(name);
    if (from < 0 || to < from || to > length * TYPES[type].BYTES_PER_ELEMENT) throw new Error(`${this.what}: ${name}[${from}, ${to}) is out of range`);
    return readExactly(this.fd, start + from, to - from, this.what);
  }

  private entry(name: string): { type: TypeName; start: number; length: number } {
    const entry = this.layout.get(name);
    if (!entry) throw new Error(`${this.what} lacks ${name}`);
    return entry;
  }
}

/** `length` bytes of a file from `position`, in a buffer of their own; a file that ends sooner is truncated. */
function readExactly(fd: number, position: number, length: number, what: string): Buffer {
  // Alloc'd buffers start 8-aligned, so the bytes can back any typed array.
  const buffer = Buffer.alloc(length);
  if (readSync(fd, buffer, 0, length, position) !== length) throw new Error(`${what} is truncated`);
  return buffer;
}

/**
 * A whole file in one read on libuv's thread pool. fs.promises.readFile reads in 512 KiB pieces, each a
 * trip through the event loop: while the main thread decodes one file at start, the reads of the others
 * stalled between their pieces instead of running beside it.
 */
export async function readWhole(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafeSlow(size);
    for (let at = 0; at < size; ) {
      const { bytesRead } = await handle.read(buffer, at, size - at, at);
      if (bytesRead === 0) throw new Error(`${path} ended at ${at} of its ${size} bytes`);
      at += bytesRead;
    }
    return buffer;
  } finally {
    await handle.close();
  }
}
