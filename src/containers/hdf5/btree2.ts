import { bytesToEncode, type H5Reader } from './bytes.js';

/** v2 B-tree record types used here. */
export const BTREE_HUGE_OBJECTS = 1;
export const BTREE_ATTRIBUTE_NAMES = 8;

const PREFIX = 10; // signature, version, type, checksum
/** The library uses 512-byte nodes for attribute and huge-object indexes. */
const MAX_NODE_SIZE = 64 * 1024;
const MAX_DEPTH = 32;
/** Keyed searches visit a path per match; this many nodes means a tree that loops. */
const MAX_NODES = 1_024;

interface NodeInfo {
  maxRecords: number;
  /** Bytes of the "total records in child" field for pointers to nodes at this depth. */
  cumulativeSize: number;
}

/** Orders a record's key against the key searched for: negative below, 0 equal, positive above. */
export type KeyOrder = (record: Uint8Array) => number;

/**
 * The records of the v2 B-tree at `address` (records of `type`) whose key `order` says is the
 * one searched for, descending only into subtrees that can hold it; every record when no
 * order is given. Records are handed out raw; the caller decodes them.
 */
export async function* btree2Records(r: H5Reader, address: number, type: number, what: string, order?: KeyOrder): AsyncGenerator<Uint8Array> {
  const h = await r.cursor(address, 16 + r.offsetSize + r.lengthSize, `${what} B-tree header`);
  if (h.ascii(4) !== 'BTHD') throw r.corrupt(`no ${what} B-tree header at ${address}`);
  const version = h.u8();
  if (version !== 0) throw r.unsupported(`v2 B-tree version ${version}`);
  const actualType = h.u8();
  if (actualType !== type) throw r.corrupt(`${what} B-tree has records of type ${actualType}, expected ${type}`);
  const nodeSize = h.u32();
  const recordSize = h.u16();
  const depth = h.u16();
  h.skip(2); // split and merge percentages
  const root = h.address();
  const rootRecords = h.u16();
  if (nodeSize <= PREFIX || nodeSize > MAX_NODE_SIZE || recordSize === 0 || recordSize > nodeSize - PREFIX || depth > MAX_DEPTH) {
    throw r.corrupt(`${what} B-tree header has impossible sizes`);
  }
  if (root === null || rootRecords === 0) return;

  // Field widths follow from the node size, exactly as the library derives them.
  const info: NodeInfo[] = [];
  const leafMax = Math.floor((nodeSize - PREFIX) / recordSize);
  const countSize = bytesToEncode(leafMax);
  info.push({ maxRecords: leafMax, cumulativeSize: 0 });
  let cumulative = leafMax;
  for (let d = 1; d <= depth; d++) {
    const pointer = r.offsetSize + countSize + (d > 1 ? info[d - 1]!.cumulativeSize : 0);
    const maxRecords = Math.floor((nodeSize - PREFIX - pointer) / (recordSize + pointer));
    if (maxRecords < 1) throw r.corrupt(`${what} B-tree nodes are too small for depth ${depth}`);
    cumulative = Math.min((maxRecords + 1) * cumulative + maxRecords, Number.MAX_SAFE_INTEGER);
    info.push({ maxRecords, cumulativeSize: bytesToEncode(cumulative) });
  }

  const stack = [{ address: root, records: rootRecords, depth }];
  const seen = new Set<number>();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (seen.has(node.address)) throw r.corrupt(`${what} B-tree node ${node.address} is reached twice`);
    if (seen.size >= MAX_NODES) throw r.corrupt(`${what} B-tree has too many nodes`);
    seen.add(node.address);
    const nodeInfo = info[node.depth]!;
    if (node.records > nodeInfo.maxRecords) throw r.corrupt(`${what} B-tree node claims ${node.records} records`);
    const leaf = node.depth === 0;
    const pointerSize = leaf ? 0 : r.offsetSize + countSize + (node.depth > 1 ? info[node.depth - 1]!.cumulativeSize : 0);
    const used = 6 + node.records * recordSize + (leaf ? 0 : (node.records + 1) * pointerSize);
    const c = await r.cursor(node.address, used, `${what} B-tree node`);
    const sig = c.ascii(4);
    if (sig !== (leaf ? 'BTLF' : 'BTIN')) throw r.corrupt(`${what} B-tree node at ${node.address} has no ${leaf ? 'BTLF' : 'BTIN'} signature`);
    c.skip(2); // version, type
    const keys: number[] = [];
    for (let i = 0; i < node.records; i++) {
      const rec = c.bytes(recordSize);
      const k = order ? order(rec) : 0;
      keys.push(k);
      if (k === 0) yield rec;
    }
    if (leaf) continue;
    for (let i = 0; i <= node.records; i++) {
      const child = c.requiredAddress('child node address');
      const records = c.uint(countSize);
      if (node.depth > 1) c.skip(info[node.depth - 1]!.cumulativeSize);
      // Child i holds keys between records i-1 and i; equal keys may sit on either side.
      const fits = (i === 0 || keys[i - 1]! <= 0) && (i === node.records || keys[i]! >= 0);
      if (records > 0 && fits) stack.push({ address: child, records, depth: node.depth - 1 });
    }
  }
}
