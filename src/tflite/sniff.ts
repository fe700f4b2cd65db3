/** The file identifier `TFL3` at bytes 4..8 of every TFLite model (schema.fbs file_identifier). */
export function isTflite(head: Uint8Array): boolean {
  return head.length >= 8 && head[4] === 0x54 && head[5] === 0x46 && head[6] === 0x4c && head[7] === 0x33;
}
