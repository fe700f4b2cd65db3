import type { H5Reader } from './bytes.js';

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/**
 * `length` bytes of object `index` in the global heap collection at `address` (where
 * variable-length strings live). Walks the collection's object headers one by one and reads
 * only the wanted object's data, so a large collection costs a few window reads.
 */
export async function readGlobalHeapObject(r: H5Reader, address: number, index: number, length: number): Promise<Uint8Array> {
  const L = r.lengthSize;
  const head = await r.cursor(address, 8 + L, 'global heap collection');
  if (head.ascii(4) !== 'GCOL') throw r.corrupt(`no global heap collection at ${address}`);
  const version = head.u8();
  if (version !== 1) throw r.unsupported(`global heap version ${version}`);
  head.skip(3);
  const size = head.length();
  if (size > r.size - address) throw r.corrupt(`global heap collection at ${address} is larger than the file`);
  if (index === 0) throw r.corrupt('a variable-length value points to global heap object 0 (free space)');

  const objectHeader = align8(8 + L);
  const end = address + size;
  // Object indexes are 16-bit, so a collection holds at most 65535 objects (plus free space).
  let walked = 0;
  for (let pos = address + align8(8 + L); pos + objectHeader <= end; ) {
    if (++walked > 65_536) throw r.corrupt(`global heap collection at ${address} never ends`);
    const c = await r.cursor(pos, 8 + L, 'global heap object');
    const id = c.u16();
    c.skip(6); // reference count, reserved
    const objectSize = c.length();
    if (id === 0) break; // free space: always the last entry
    if (id === index) {
      if (length > objectSize) throw r.corrupt(`global heap object ${index} is shorter than the value it holds`);
      if (pos + objectHeader + length > end) throw r.corrupt(`global heap object ${index} runs past its collection`);
      return r.bytes(pos + objectHeader, length, 'global heap object');
    }
    pos += objectHeader + align8(objectSize);
  }
  throw r.corrupt(`global heap collection at ${address} has no object ${index}`);
}
