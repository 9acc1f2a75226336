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
  return new TextDecoder().decode(bytes);
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

/** The meta and arrays of {@link encodeArrays}' output; the arrays share `bytes`' memory. */
export function decodeArrays(bytes: Uint8Array, what: string): { meta: unknown; arrays: Record<string, StoredArray> } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < MAGIC.length + 4 || buffer.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new Error(`${what} is not an index array file`);
  }
  const headerLength = buffer.readUInt32LE(MAGIC.length);
  const header = JSON.parse(buffer.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Header;
  if (header.littleEndian !== LITTLE_ENDIAN) throw new Error(`${what} was written on a machine of the other byte order`);
  const dataStart = pad(MAGIC.length + 4 + headerLength);
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
