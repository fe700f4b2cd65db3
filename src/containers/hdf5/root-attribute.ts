import { FlopgateError } from '../../errors.js';
import type { PagedReader } from '../../io/paged-reader.js';
import { Cursor, H5Reader, MAX_ATTRIBUTE_BYTES, sameBytes } from './bytes.js';
import { findHdf5Signature, readSuperblock } from './superblock.js';
import { objectHeaderMessages } from './object-header.js';
import { attributeName, attributeString, nameInMessage, type MessageLocation } from './attribute.js';
import { FractalHeap } from './fractal-heap.js';
import { btree2Records, BTREE_ATTRIBUTE_NAMES } from './btree2.js';
import { lookup3 } from './lookup3.js';

export { findHdf5Signature };

const MSG_ATTRIBUTE = 0x0c;
const MSG_ATTRIBUTE_INFO = 0x15;
const SHARED = 0x02;

/**
 * The string value of root-group attribute `name`, or undefined when the root has no such
 * attribute. Reads metadata only (superblock, root object header, the attribute and the heap
 * holding its value), never a dataset. A fault of the file throws FlopgateError naming it;
 * anything else is a bug of this reader and is left to surface as one.
 */
export async function readHdf5RootAttribute(src: PagedReader, name: string, file: string): Promise<string | undefined> {
  const at = await findHdf5Signature(src);
  if (at < 0) throw new FlopgateError(`${file}: not an HDF5 file (no HDF5 signature found)`);
  const r = new H5Reader(src, file);
  const sb = await readSuperblock(r, at);
  return rootAttribute(r, sb.rootObjectHeader, name);
}

async function rootAttribute(r: H5Reader, header: number, name: string): Promise<string | undefined> {
  const wanted = new TextEncoder().encode(name);
  let info: MessageLocation | undefined;
  for await (const m of objectHeaderMessages(r, header)) {
    if (m.type === MSG_ATTRIBUTE_INFO) info = m;
    if (m.type !== MSG_ATTRIBUTE) continue;
    if (m.flags & SHARED) throw r.unsupported('shared attribute message in the root group');
    if (sameBytes(await attributeName(r, m), wanted)) return readAttribute(r, m, name);
  }
  return info ? denseAttribute(r, info, wanted, name) : undefined;
}

async function readAttribute(r: H5Reader, loc: MessageLocation, name: string): Promise<string> {
  if (loc.size > MAX_ATTRIBUTE_BYTES) throw r.unsupported(`attribute "${name}" of ${loc.size} bytes`);
  return attributeString(r, await r.bytes(loc.offset, loc.size, `attribute "${name}"`), name);
}

/**
 * Attributes in dense storage: the attribute info message names a fractal heap holding the
 * attribute messages and a v2 B-tree indexing them by the hash of their name.
 */
async function denseAttribute(r: H5Reader, infoLoc: MessageLocation, wanted: Uint8Array, name: string): Promise<string | undefined> {
  const c = await r.cursor(infoLoc.offset, infoLoc.size, 'attribute info message');
  const version = c.u8();
  if (version !== 0) throw r.unsupported(`attribute info message version ${version}`);
  const flags = c.u8();
  if (flags & 0x01) c.skip(2); // maximum creation index
  const heapAddress = c.address();
  const nameIndex = c.address();
  if (heapAddress === null || nameIndex === null) return undefined; // attributes are compact
  const heap = await FractalHeap.open(r, heapAddress);
  // Records are heap ID, message flags, creation order, then the name's lookup3 hash: the
  // tree is ordered by that hash, so only records with the wanted hash are visited.
  const hash = lookup3(wanted);
  const hashOf = (rec: Uint8Array): number => new Cursor(rec, r, 'attribute name record').skip(heap.idLength + 5).u32();
  for await (const rec of btree2Records(r, nameIndex, BTREE_ATTRIBUTE_NAMES, 'attribute name', (rec) => hashOf(rec) - hash)) {
    const rc = new Cursor(rec, r, 'attribute name record');
    const id = rc.bytes(heap.idLength);
    if (rc.u8() & SHARED) throw r.unsupported(`attribute "${name}" is a shared message`);
    const obj = await heap.locate(id);
    if (obj instanceof Uint8Array) {
      // A tiny object: the whole message is already in hand.
      if (sameBytes(nameInMessage(r, obj), wanted)) return attributeString(r, obj, name);
      continue;
    }
    if (sameBytes(await attributeName(r, obj), wanted)) return readAttribute(r, obj, name);
  }
  return undefined;
}
