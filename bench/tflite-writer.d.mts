export function writeTfliteMlp(path: string, opts?: { layers?: number; width?: number; weights?: boolean }): number;
export interface TensorSpec {
  shape: number[];
  /** TensorType code (0 FLOAT32, 2 INT32, 9 INT8...). */
  type?: number;
  name?: string;
  /** Stored bytes: the tensor is a constant. */
  data?: Uint8Array;
}
export interface OperatorSpec {
  code: number;
  inputs: number[];
  outputs: number[];
  options?: [number, 'u8' | 'i8' | 'u32' | 'i32', number][];
  /** A custom op's name (code 32, CUSTOM). */
  custom?: string;
}
export function tfliteBytes(spec: { tensors: TensorSpec[]; operators: OperatorSpec[]; inputs: number[]; outputs: number[] }): Uint8Array;
