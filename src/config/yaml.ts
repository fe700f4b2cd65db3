import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { SourcePosition } from './position.js';
import { ConfigError, type ConfigFault } from './errors.js';

/** A parsed budget file that still knows where every value came from. */
export interface LocatedYaml {
  data: unknown;
  /** Position of the value at a JSON-pointer-like path; `key: true` points at the key instead. */
  at(path: readonly (string | number)[], opts?: { key?: boolean }): SourcePosition;
}

/**
 * Parse YAML keeping node ranges. Syntax faults, duplicate keys and alias bombs are faults
 * with their line, never a partial document.
 */
export function parseYaml(text: string, file: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((e) => ({ ...pos(e.pos[0]), message: firstLine(e.message) })));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ConfigError([{ ...pos(0), message: firstLine(e instanceof Error ? e.message : String(e)) }]);
  }
  return { data, at: (path, opts) => pos(offsetOf(doc, path, opts?.key ?? false)) };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/**
 * Walk the document along `path` as far as it goes; report the deepest node found, so a
 * fault about a missing key lands on the mapping that should hold it.
 */
function offsetOf(doc: Document, path: readonly (string | number)[], wantKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
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
