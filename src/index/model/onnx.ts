import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** ONNX opset whose Gather (axis attribute, int64 indices) every onnxruntime build supports. */
const OPSET = 13;
/** IR version 7 goes with opset 13 and is readable by onnxruntime ≥ 1.6. */
const IR_VERSION = 7;

/**
 * Encodes the static embedding model: `last_hidden_state[b, t, :] = embeddings[input_ids[b, t], :]`,
 * one Gather over a [vocabulary × dimensions] float32 table stored as an initializer. The names are the
 * ones transformers.js's feature-extraction pipeline feeds and reads. No timestamps or random ids are
 * written, so the same table gives the same bytes.
 */
export function encodeGatherModel(table: Float32Array, vocabularySize: number, dimensions: number): Uint8Array {
  if (table.length !== vocabularySize * dimensions) {
    throw new Error(`embedding table has ${table.length} values, expected ${vocabularySize} × ${dimensions}`);
  }
  // ONNX raw_data is little-endian regardless of the machine.
  const raw = new Uint8Array(table.length * 4);
  if (LITTLE_ENDIAN) raw.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength));
  else {
    const view = new DataView(raw.buffer);
    table.forEach((value, i) => view.setFloat32(i * 4, value, true));
  }

  const { FLOAT, INT64 } = onnx.TensorProto.DataType;
  const batchAndSequence = [{ dimParam: 'batch_size' }, { dimParam: 'sequence_length' }];
  const model = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    producerName: 'strategisvar',
    opsetImport: [{ domain: '', version: OPSET }],
    graph: {
      name: 'static_embeddings',
      node: [
        {
          name: 'lookup',
          opType: 'Gather',
          input: ['embeddings', 'input_ids'],
          output: ['last_hidden_state'],
          attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }],
        },
      ],
      initializer: [{ name: 'embeddings', dataType: FLOAT, dims: [vocabularySize, dimensions], rawData: raw }],
      input: [
        { name: 'input_ids', type: { tensorType: { elemType: INT64, shape: { dim: batchAndSequence } } } },
      ],
      output: [
        {
          name: 'last_hidden_state',
          type: {
            tensorType: { elemType: FLOAT, shape: { dim: [...batchAndSequence, { dimValue: dimensions }] } },
          },
        },
      ],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

/**
 * The table of a model {@link encodeGatherModel} wrote, read back without onnxruntime: the initializer's
 * raw bytes as float32s, sharing `bytes`' memory where it can.
 */
export function decodeGatherTable(bytes: Uint8Array): { table: Float32Array; vocabularySize: number; dimensions: number } {
  const model = onnx.ModelProto.decode(bytes);
  const initializer = model.graph?.initializer?.find((t) => t.name === 'embeddings');
  const dims = (initializer?.dims ?? []).map(Number);
  const raw = initializer?.rawData;
  if (!initializer || initializer.dataType !== onnx.TensorProto.DataType.FLOAT || dims.length !== 2 || !raw) {
    throw new Error('Not a static embedding model: no float32 [vocabulary × dimensions] embeddings table');
  }
  const [vocabularySize, dimensions] = dims;
  if (raw.length !== vocabularySize * dimensions * 4) throw new Error('The embeddings table is truncated');
  const size = vocabularySize * dimensions;
  // The decoded bytes are a view into the file's buffer: on a little-endian machine, read the floats in
  // place when they are 4-aligned (they are, as encodeGatherModel lays the file out), else copy them once.
  if (LITTLE_ENDIAN && raw.byteOffset % 4 === 0) return { table: new Float32Array(raw.buffer, raw.byteOffset, size), vocabularySize, dimensions };
  const table = new Float32Array(size);
  if (LITTLE_ENDIAN) new Uint8Array(table.buffer).set(raw);
  else {
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    for (let i = 0; i < size; i++) table[i] = view.getFloat32(i * 4, true);
  }
  return { table, vocabularySize, dimensions };
}
