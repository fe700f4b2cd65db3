/** Write a weights-free copy of an ONNX model (large initializers point at an absent `<dst>.weights`). */
export function writeExternalDataCopy(srcPath: string, dstPath: string): Promise<{ initializers: number; bytes: number }>;
