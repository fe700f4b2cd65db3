/**
 * Keras' Adam update as a WebAssembly SIMD function over the WASM backend's own heap: four
 * float32 lanes at a time, with the same float32 operations in the same order as Keras'
 * formula (src/fit/adam.ts), so that it agrees with the scalar float32 loop bit for bit.
 *
 * Why a module of its own: the update is an element-wise pass over every weight at every
 * step, and tfjs has no fused kernel for it (its AdamOptimizer is about 15 kernels per
 * variable). A JavaScript loop over the heap costs 5 to 9 ns a weight; this one well under
 * 1 ns. It imports the backend's WebAssembly.Memory, so it reads and writes the tensors where
 * they are: no copy in or out, and a heap that grows stays visible to it.
 *
 * The module is 100-odd bytes written out below, opcode by opcode (the WebAssembly binary
 * format and its SIMD proposal, both standard); there is no toolchain to build it from.
 */

// Opcodes.
const BLOCK = 0x02;
const LOOP = 0x03;
const BR = 0x0c;
const BR_IF = 0x0d;
const END = 0x0b;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const I32_CONST = 0x41;
const I32_ADD = 0x6a;
const I32_GE_U = 0x4f;
const I32_SHL = 0x74;
const VOID = 0x40;
const I32 = 0x7f;
const F32 = 0x7d;
const V128 = 0x7b;
const simd = (op: number): number[] => [0xfd, ...uleb(op)];
const V128_LOAD = simd(0x00);
const V128_STORE = simd(0x0b);
const F32X4_SPLAT = simd(0x13);
const F32X4_SQRT = simd(0xe3);
const F32X4_ADD = simd(0xe4);
const F32X4_SUB = simd(0xe5);
const F32X4_MUL = simd(0xe6);
const F32X4_DIV = simd(0xe7);
/** memarg: alignment hint 2^0 (tensors are 4-byte aligned), offset 0. */
const MEMARG = [0x00, 0x00];

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

// Parameters: n (elements, a multiple of 4), x, m, v, g, g2 (0: none), outX, outM, outV
// (byte offsets in the heap), then alpha, 1 - beta1, 1 - beta2, epsilon.
const [N, X, M, V, G, G2, OX, OM, OV, ALPHA, C1, C2, EPS] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
// Locals after the parameters: the byte index, its end, and seven vectors.
const [I, END_AT, VA, VC1, VC2, VEPS, VG, VM, VV] = [13, 14, 15, 16, 17, 18, 19, 20, 21];

const get = (l: number): number[] => [LOCAL_GET, l];
const set = (l: number): number[] => [LOCAL_SET, l];
const load = (base: number): number[] => [...get(base), ...get(I), I32_ADD, ...V128_LOAD, ...MEMARG];

function body(withSecond: boolean): number[] {
  const code = [
    // end = n * 4; splat the scalars.
    ...get(N), I32_CONST, 2, I32_SHL, ...set(END_AT),
    ...get(ALPHA), ...F32X4_SPLAT, ...set(VA),
    ...get(C1), ...F32X4_SPLAT, ...set(VC1),
    ...get(C2), ...F32X4_SPLAT, ...set(VC2),
    ...get(EPS), ...F32X4_SPLAT, ...set(VEPS),
    BLOCK, VOID, LOOP, VOID,
    ...get(I), ...get(END_AT), I32_GE_U, BR_IF, 1,
    // g (+ g2)
    ...load(G), ...(withSecond ? [...load(G2), ...F32X4_ADD] : []), ...set(VG),
    // m' = m + (g - m) * c1
    ...load(M), LOCAL_TEE, VM, ...get(VG), ...get(VM), ...F32X4_SUB, ...get(VC1), ...F32X4_MUL, ...F32X4_ADD, ...set(VM),
    ...get(OM), ...get(I), I32_ADD, ...get(VM), ...V128_STORE, ...MEMARG,
    // v' = v + (g * g - v) * c2
    ...load(V), LOCAL_TEE, VV, ...get(VG), ...get(VG), ...F32X4_MUL, ...get(VV), ...F32X4_SUB, ...get(VC2), ...F32X4_MUL, ...F32X4_ADD, ...set(VV),
    ...get(OV), ...get(I), I32_ADD, ...get(VV), ...V128_STORE, ...MEMARG,
    // x' = x - (m' * alpha) / (sqrt(v') + eps)
    ...get(OX), ...get(I), I32_ADD,
    ...load(X), ...get(VM), ...get(VA), ...F32X4_MUL, ...get(VV), ...F32X4_SQRT, ...get(VEPS), ...F32X4_ADD, ...F32X4_DIV, ...F32X4_SUB,
    ...V128_STORE, ...MEMARG,
    // i += 16
    ...get(I), I32_CONST, 16, I32_ADD, ...set(I),
    BR, 0, END, END, END,
  ];
  const locals = vec([
    [2, I32],
    [7, V128],
  ]);
  const fn = [...locals, ...code];
  return [...uleb(fn.length), ...fn];
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const params = [...Array(9).fill(I32), ...Array(4).fill(F32)];
  const type = [0x60, ...uleb(params.length), ...params, 0x00];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([type])),
    // import env.memory: a memory of at least one page, no maximum, not shared
    ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, 0x01]])),
    ...section(3, vec([[0x00], [0x00]])),
    ...section(7, vec([[...name('adam'), 0x00, 0x00], [...name('adam2'), 0x00, 0x01]])),
    ...section(10, vec([body(false), body(true)])),
  ]);
}

type AdamFn = (n: number, x: number, m: number, v: number, g: number, g2: number, ox: number, om: number, ov: number, alpha: number, c1: number, c2: number, eps: number) => void;

export interface WasmAdam {
  adam: AdamFn;
  adam2: AdamFn;
}

const instances = new WeakMap<WebAssembly.Memory, WasmAdam | null>();

/** The functions over `memory`, or null where this WebAssembly has no SIMD. */
export function wasmAdam(memory: WebAssembly.Memory): WasmAdam | null {
  let inst = instances.get(memory);
  if (inst === undefined) {
    const bytes = moduleBytes();
    inst = WebAssembly.validate(bytes)
      ? (new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports as unknown as WasmAdam)
      : null;
    instances.set(memory, inst);
  }
  return inst;
}
