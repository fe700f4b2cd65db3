/**
 * A SavedModel's saved_model.pb from its first bytes: saved_model_schema_version (field 1, a
 * varint, 1 today) then a MetaGraphDef (field 2) whose first field is its MetaInfoDef (field
 * 1). An ONNX ModelProto also opens with a varint field 1, but its field 2 is a producer name
 * (text), never a message that opens with tag 0x0a.
 */
export function isSavedModelPb(h: Uint8Array): boolean {
  if (h.length < 6 || h[0] !== 0x08 || h[1] !== 0x01 || h[2] !== 0x12) return false;
  let i = 3;
  while (i < h.length && i < 13 && (h[i] & 0x80) !== 0) i++;
  return i + 1 < h.length && h[i + 1] === 0x0a;
}
