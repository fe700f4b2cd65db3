/** ModelProto field number -> wire type. */
const MODEL_FIELDS: Record<number, number> = {
  1: 0, // ir_version
  2: 2, // producer_name
  3: 2, // producer_version
  4: 2, // domain
  5: 0, // model_version
  6: 2, // doc_string
  7: 2, // graph
  8: 2, // opset_import
  14: 2, // metadata_props
  20: 2, // training_info
  25: 2, // functions
};

function varint(b: Uint8Array, pos: number): [number, number] | undefined {
  let v = 0;
  for (let i = 0; i < 10 && pos + i < b.length; i++) {
    const x = b[pos + i];
    v += (x & 0x7f) * 2 ** (7 * i);
    if ((x & 0x80) === 0) return [v, pos + i + 1];
  }
  return undefined;
}

/**
 * True when the bytes start like a serialized ModelProto: every field that fits in `head` has a
 * ModelProto field number with its wire type, and an ir_version, if present, is plausible.
 * Writers emit fields in number order, so a real file opens with ir_version; anything else
 * must show two sound fields. Zip ('PK'), HDF5, JSON and YAML all fail on their first byte.
 */
export function sniffModelProto(head: Uint8Array): boolean {
  let pos = 0;
  let fields = 0;
  while (pos < head.length && fields < 8) {
    const tag = varint(head, pos);
    if (!tag) return fields > 1 || (fields === 1 && head[0] === 0x08);
    const no = Math.floor(tag[0] / 8);
    const wire = tag[0] % 8;
    if (MODEL_FIELDS[no] !== wire) return false;
    const v = varint(head, tag[1]);
    if (!v) return fields > 1 || (fields === 1 && head[0] === 0x08);
    if (no === 1 && (v[0] < 1 || v[0] > 100)) return false;
    if (wire === 2) {
      if (v[0] > 2 ** 40) return false;
      // A graph or a long field runs past the head: what we saw was fine.
      if (v[1] + v[0] > head.length) return fields > 0 || head[0] === 0x08;
      pos = v[1] + v[0];
    } else pos = v[1];
    fields++;
  }
  return fields > 1 || (fields === 1 && head[0] === 0x08);
}
