import { bytesToEncode, log2Exact, Cursor, type H5Reader } from './bytes.js';
import { btree2Records, BTREE_HUGE_OBJECTS } from './btree2.js';

/** A heap object: bytes in the file, or (tiny objects) carried inside the heap ID itself. */
export type HeapObject = { offset: number; size: number } | Uint8Array;

interface Header {
  idLength: number;
  filtered: boolean;
  checksummedBlocks: boolean;
  maxManagedSize: number;
  hugeTree: number | null;
  width: number;
  startBlockSize: number;
  maxDirectRows: number;
  heapOffsetSize: number;
  heapLengthSize: number;
  root: number | null;
  rootRows: number;
}

const MAX_INDIRECT_DEPTH = 16;

/**
 * A fractal heap (dense attribute storage keeps attribute messages in one). Only object
 * lookup by heap ID is implemented: the doubling table is walked from the root block to the
 * one direct block that holds the object, reading block headers only.
 */
export class FractalHeap {
  private constructor(
    private readonly r: H5Reader,
    private readonly h: Header,
  ) {}

  get idLength(): number {
    return this.h.idLength;
  }

  static async open(r: H5Reader, address: number): Promise<FractalHeap> {
    const O = r.offsetSize;
    const L = r.lengthSize;
    const c = await r.cursor(address, 4 + 1 + 2 + 2 + 1 + 4 + L + O + L + O + 8 * L + 2 + L + L + 2 + 2 + O + 2, 'fractal heap header');
    if (c.ascii(4) !== 'FRHP') throw r.corrupt(`no fractal heap header at ${address}`);
    const version = c.u8();
    if (version !== 0) throw r.unsupported(`fractal heap version ${version}`);
    const idLength = c.u16();
    const filterLength = c.u16();
    const flags = c.u8();
    const maxManagedSize = c.u32();
    c.length(); // next huge object ID
    const hugeTree = c.address();
    c.length(); // free space in managed blocks
    c.address(); // free-space manager
    c.skip(8 * L); // managed/allocated space, iterator offset, object counts and sizes
    const width = c.u16();
    const startBlockSize = c.length();
    const maxDirectSize = c.length();
    const maxHeapBits = c.u16();
    c.u16(); // starting rows in root indirect block
    const root = c.address();
    const rootRows = c.u16();

    const startBits = log2Exact(startBlockSize);
    const directBits = log2Exact(maxDirectSize);
    if (idLength < 2 || idLength > 1024 || log2Exact(width) < 0 || width > 65_536 || startBits < 0 || directBits < startBits
      || maxHeapBits < 1 || maxHeapBits > 64 || rootRows > 64) {
      throw r.corrupt(`fractal heap at ${address} has impossible table parameters`);
    }
    return new FractalHeap(r, {
      idLength,
      filtered: filterLength > 0,
      checksummedBlocks: (flags & 0x02) !== 0,
      maxManagedSize,
      hugeTree,
      width,
      startBlockSize,
      maxDirectRows: directBits - startBits + 2,
      heapOffsetSize: Math.ceil(maxHeapBits / 8),
      heapLengthSize: Math.min(Math.ceil(directBits / 8), bytesToEncode(maxManagedSize)),
      root,
      rootRows,
    });
  }

  /** Where the object named by heap ID `id` lies. */
  async locate(id: Uint8Array): Promise<HeapObject> {
    const { r, h } = this;
    const c = new Cursor(id, r, 'fractal heap ID');
    const first = c.u8();
    if (first >> 6 !== 0) throw r.unsupported(`fractal heap ID version ${first >> 6}`);
    const kind = (first >> 4) & 0x03;
    if (kind === 0) {
      const offset = c.uint(h.heapOffsetSize);
      const size = c.uint(h.heapLengthSize);
      return { offset: await this.managed(offset, size), size };
    }
    if (kind === 1) return this.huge(c);
    if (kind === 2) {
      // Tiny objects live in the ID; long IDs spend a second byte on the length.
      const size = (h.idLength <= 18 ? first & 0x0f : ((first & 0x0f) << 8) | c.u8()) + 1;
      return c.bytes(size);
    }
    throw r.corrupt(`fractal heap ID of unknown type ${kind}`);
  }

  private rowBlockSize(row: number): number {
    return row === 0 ? this.h.startBlockSize : this.h.startBlockSize * 2 ** (row - 1);
  }

  /** Heap-space offset where a row of the doubling table starts. */
  private rowStart(row: number): number {
    return row === 0 ? 0 : this.h.width * this.rowBlockSize(row);
  }

  /** Absolute address of managed object bytes [offset, offset + size) of the heap space. */
  private async managed(offset: number, size: number): Promise<number> {
    const { r, h } = this;
    if (h.filtered) throw r.unsupported('filtered (compressed) fractal heap');
    if (h.root === null) throw r.corrupt('fractal heap object in an empty heap');
    if (size === 0) throw r.corrupt('fractal heap object of size 0');
    if (h.rootRows === 0) {
      if (offset + size > h.startBlockSize) throw r.corrupt('fractal heap object lies outside the root block');
      return this.direct(h.root, offset);
    }
    let block = h.root;
    let rows = h.rootRows;
    let blockStart = 0; // heap-space offset covered by the current indirect block
    for (let depth = 0; depth < MAX_INDIRECT_DEPTH; depth++) {
      const rel = offset - blockStart;
      let row = 0;
      while (row + 1 < rows && rel >= this.rowStart(row + 1)) row++;
      const rowSize = this.rowBlockSize(row);
      const col = Math.floor((rel - this.rowStart(row)) / rowSize);
      if (col >= h.width) throw r.corrupt('fractal heap object lies outside its indirect block');
      // Direct-block entries come first, then indirect ones, so row-major order holds for both.
      const entry = row * h.width + col;
      const headerSize = 5 + r.offsetSize + h.heapOffsetSize;
      const sig = await r.bytes(block, 4, 'fractal heap indirect block');
      if (String.fromCharCode(...sig) !== 'FHIB') throw r.corrupt(`no fractal heap indirect block at ${block}`);
      const e = await r.cursor(block + headerSize + entry * r.offsetSize, r.offsetSize, 'fractal heap indirect block');
      const child = e.address();
      if (child === null) throw r.corrupt('fractal heap object lies in an unallocated block');
      const childStart = this.rowStart(row) + col * rowSize;
      if (row < h.maxDirectRows) {
        const within = rel - childStart;
        if (within + size > rowSize) throw r.corrupt('fractal heap object crosses its direct block');
        return this.direct(child, within);
      }
      // An indirect block in this row covers rowSize bytes of heap space with its own rows.
      rows = log2Exact(rowSize) - log2Exact(h.startBlockSize * h.width) + 1;
      if (rows < 1) throw r.corrupt('fractal heap indirect block with no rows');
      block = child;
      blockStart += childStart;
    }
    throw r.corrupt('fractal heap indirect blocks nest too deeply');
  }

  private async direct(block: number, within: number): Promise<number> {
    const { r, h } = this;
    const sig = await r.bytes(block, 4, 'fractal heap direct block');
    if (String.fromCharCode(...sig) !== 'FHDB') throw r.corrupt(`no fractal heap direct block at ${block}`);
    // Offsets inside a direct block count from its first byte, header included.
    const header = 5 + r.offsetSize + h.heapOffsetSize + (h.checksummedBlocks ? 4 : 0);
    if (within < header) throw r.corrupt('fractal heap object overlaps its block header');
    return block + within;
  }

  /** Huge objects sit outside the heap blocks: in the ID, or found through the huge-object B-tree. */
  private async huge(c: Cursor): Promise<HeapObject> {
    const { r, h } = this;
    if (h.filtered) throw r.unsupported('filtered (compressed) fractal heap');
    const O = r.offsetSize;
    const L = r.lengthSize;
    if (O + L <= h.idLength - 1) {
      const offset = c.requiredAddress('huge object address');
      return { offset, size: c.length() };
    }
    const key = c.uint(Math.min(h.idLength - 1, 8));
    if (h.hugeTree === null) throw r.corrupt('huge fractal heap object without a huge-object index');
    // Records are address, length, then the object's key.
    const keyOf = (rec: Uint8Array): number => new Cursor(rec, r, 'huge object record').skip(O + L).length();
    for await (const rec of btree2Records(r, h.hugeTree, BTREE_HUGE_OBJECTS, 'huge object', (rec) => keyOf(rec) - key)) {
      const rc = new Cursor(rec, r, 'huge object record');
      return { offset: rc.requiredAddress('huge object address'), size: rc.length() };
    }
    throw r.corrupt(`huge fractal heap object ${key} is not in its index`);
  }
}
