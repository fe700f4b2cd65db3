import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseYamlText } from '../containers/yaml.js';
import type { SourcePosition } from './position.js';
import { ConfigError, type ConfigFault } from './errors.js';

/** A parsed budget file that still knows where every value came from. */
export interface LocatedYaml {
  data: unknown;
  /** Position of the value at a JSON-pointer-like path; `key: true` points at the key instead. */
  at(path: readonly (string | number)[], opts?: { key?: boolean }): SourcePosition;
}

/**
 * Parse YAML keeping node ranges (src/containers/yaml.ts: nesting, duplicate keys, tags and
 * alias bombs are faults with their line, never a partial document or a printed warning).
 */
export function parseYaml(text: string, file: string): LocatedYaml {
  const r = parseYamlText(text);
  if (!r.ok) throw new ConfigError(r.faults.map((f) => ({ file, ...f })));
  const { doc, data, pos } = r.value;
  const keys = new KeyIndex();
  return { data, at: (path, opts) => ({ file, ...pos(offsetOf(doc, path, opts?.key ?? false, keys)) }) };
}

/**
 * Each map's pairs by key, built the first time a position in that map is asked for: a file
 * with 20,000 faulty keys asks 20,000 times, and a search through the keys each time was
 * quadratic.
 */
class KeyIndex {
  private readonly byMap = new WeakMap<YAMLMap, Map<string, Pair>>();
  find(map: YAMLMap, key: string): Pair | undefined {
    let index = this.byMap.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        const k = isPair(p) ? keyText(p.key) : undefined;
        if (k !== undefined && !index.has(k)) index.set(k, p as Pair);
      }
      this.byMap.set(map, index);
    }
    return index.get(key);
  }
}

/**
 * Walk the document along `path` as far as it goes; report the deepest node found, so a
 * fault about a missing key lands on the mapping that should hold it.
 */
function offsetOf(doc: Document, path: readonly (string | number)[], wantKey: boolean, keys: KeyIndex): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = keys.find(node, String(seg));
      if (!pair) return offset;
      const keyStart = rangeStart(pair.key);
      if (last && wantKey && keyStart !== undefined) return keyStart;
      node = pair.value;
      // An empty value (`flops:`) has no useful range: point at its key.
      offset = (isScalar(node) && node.value === null ? keyStart : rangeStart(node)) ?? keyStart ?? offset;
    } else if (isSeq(node)) {
      const idx = typeof seg === 'number' ? seg : Number(seg);
      node = node.items[idx];
      if (node === undefined) return offset;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function keyText(k: unknown): string | undefined {
  if (isScalar(k)) return String(k.value);
  return undefined;
}

function rangeStart(n: unknown): number | undefined {
  const r = (n as Node | null | undefined)?.range;
  return r ? r[0] : undefined;
}

export type { ConfigFault };
