import type { H5Reader } from './bytes.js';

/** One object header message: its type, flags and where its body lies (absolute). */
export interface HeaderMessage {
  type: number;
  flags: number;
  offset: number;
  size: number;
}

export const MSG_CONTINUATION = 0x10;

/** A root group holds a handful of messages; this many means a broken or hostile header. */
const MAX_MESSAGES = 65_536;
const MAX_CHUNKS = 4_096;

interface Chunk {
  start: number;
  end: number;
}

/**
 * Every message of the object header at `address`, following continuation blocks, in file
 * order. Only message headers are read here: bodies are read by whoever wants them.
 */
export async function* objectHeaderMessages(r: H5Reader, address: number): AsyncGenerator<HeaderMessage> {
  const prefix = await r.bytes(address, 4, 'object header');
  const v2 = prefix[0] === 0x4f && prefix[1] === 0x48 && prefix[2] === 0x44 && prefix[3] === 0x52; // "OHDR"
  let first: Chunk;
  let creationOrder = false;
  if (v2) {
    const c = await r.cursor(address, 6, 'object header');
    c.skip(4);
    const version = c.u8();
    if (version !== 2) throw r.unsupported(`object header version ${version}`);
    const flags = c.u8();
    creationOrder = (flags & 0x04) !== 0;
    const extra = (flags & 0x20 ? 16 : 0) + (flags & 0x10 ? 4 : 0); // times, attribute phase change
    const sizeBytes = 1 << (flags & 0x03);
    const s = await r.cursor(address + 6 + extra, sizeBytes, 'object header');
    const start = address + 6 + extra + sizeBytes;
    first = { start, end: start + s.uint(sizeBytes) };
  } else {
    const c = await r.cursor(address, 16, 'object header');
    const version = c.u8();
    if (version !== 1) throw r.corrupt(`no object header at ${address} (version byte ${version})`);
    c.skip(7); // reserved, message count, reference count
    first = { start: address + 16, end: address + 16 + c.u32() };
  }

  const queue: Chunk[] = [first];
  const seen = new Set<number>([first.start]);
  const headerSize = v2 ? (creationOrder ? 6 : 4) : 8;
  let count = 0;
  for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
    if (chunk.end > r.size) {
      throw r.corrupt(`object header block at ${chunk.start} runs past the end of the file`);
    }
    for (let pos = chunk.start; pos + headerSize <= chunk.end; ) {
      if (++count > MAX_MESSAGES) throw r.corrupt('object header has too many messages');
      const h = await r.cursor(pos, headerSize, 'object header message');
      const type = v2 ? h.u8() : h.u16();
      const size = h.u16();
      const flags = h.u8();
      const offset = pos + headerSize;
      if (offset + size > chunk.end) throw r.corrupt(`object header message at ${pos} overruns its block`);
      if (type === MSG_CONTINUATION) {
        const c = await r.cursor(offset, r.offsetSize + r.lengthSize, 'object header continuation');
        const start = c.requiredAddress('continuation block address');
        const length = c.length();
        queue.push(await continuationChunk(r, start, length, v2, seen));
      } else {
        yield { type, flags, offset, size };
      }
      pos = offset + size;
    }
  }
}

async function continuationChunk(r: H5Reader, start: number, length: number, v2: boolean, seen: Set<number>): Promise<Chunk> {
  if (seen.has(start)) throw r.corrupt(`object header continuation loops back to ${start}`);
  if (seen.size >= MAX_CHUNKS) throw r.corrupt('object header has too many continuation blocks');
  seen.add(start);
  if (length > r.size) throw r.corrupt(`object header continuation of ${length} bytes is larger than the file`);
  if (!v2) return { start, end: start + length };
  // v2 continuation blocks carry an "OCHK" signature and end with a checksum.
  const sig = await r.bytes(start, 4, 'object header continuation block');
  if (String.fromCharCode(...sig) !== 'OCHK' || length < 8) {
    throw r.corrupt(`object header continuation at ${start} is not an OCHK block`);
  }
  return { start: start + 4, end: start + length - 4 };
}
