import { inflateRawSync } from 'node:zlib';
import { FlopgateError } from '../errors.js';
import type { ByteSource } from '../io/byte-source.js';
import { bytesText, LIMITS } from '../limits.js';

/** Members we read hold configs: kilobytes to a few megabytes; beyond this it is an attack. */
export const MAX_MEMBER_BYTES = LIMITS.jsonBytes;

const EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL = 0x04034b50;
const LOCAL_SIZE = 30;
const U16 = 0xffff;
const U32 = 0xffffffff;

/** Where the central directory is and how many members it lists. */
interface Directory {
  entries: number;
  offset: number;
  size: number;
}

/** One central directory entry, as much of it as reading a member needs. */
interface Member {
  flags: number;
  method: number;
  compressed: number;
  size: number;
  local: number;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
/** A ZIP64 field; beyond 2^53 it cannot be a position in a file we read, so it is refused. */
function u64(b: Uint8Array, at: number, fail: (m: string) => never): number {
  const high = u32(b, at + 4);
  if (high >= 0x200000) fail('a ZIP64 size or offset beyond 2^53');
  return high * 0x100000000 + u32(b, at);
}

/**
 * The bytes of member `name` of a zip archive, or undefined when it has none. Reads the end
 * record, the central directory in one read (bounded first), then the member's local header
 * and its data: nothing else, and every read is checked against the file and the limits
 * before anything is allocated. Stored and deflated members are read; the directory is walked
 * once, whatever the number of members.
 */
export async function readZipMember(src: ByteSource, label: string, name: string): Promise<Uint8Array | undefined> {
  const fail = (msg: string): never => {
    throw new FlopgateError(`${label}: ${msg}`);
  };
  const corrupt = (msg: string): never => fail(`corrupt zip archive (${msg})`);
  const dir = await findDirectory(src, fail, corrupt);
  if (dir.entries > LIMITS.zipMembers) fail(`zip claims ${dir.entries} members; refusing more than ${LIMITS.zipMembers}`);
  if (dir.size > LIMITS.zipDirectoryBytes) fail(`zip's central directory is ${dir.size} bytes; refusing more than ${bytesText(LIMITS.zipDirectoryBytes)}`);
  if (dir.offset + dir.size > src.size) corrupt(`the central directory ends at byte ${dir.offset + dir.size}, past the end of the file (${src.size})`);
  const cd = await src.read(dir.offset, dir.size);
  const want = new TextEncoder().encode(name);
  let found: Member | undefined;
  let at = 0;
  for (let i = 0; i < dir.entries; i++) {
    if (at + CENTRAL_SIZE > cd.length || u32(cd, at) !== CENTRAL) corrupt(`central directory entry ${i} is missing or cut short`);
    const nameLen = u16(cd, at + 28);
    const extraLen = u16(cd, at + 30);
    const next = at + CENTRAL_SIZE + nameLen + extraLen + u16(cd, at + 32);
    if (next > cd.length) corrupt(`central directory entry ${i} runs past the directory`);
    const nameBytes = cd.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLen);
    checkName(nameBytes, fail);
    if (sameBytes(nameBytes, want)) {
      if (found) fail(`the archive holds two members named ${name}; refusing to pick one`);
      found = member(cd, at, cd.subarray(at + CENTRAL_SIZE + nameLen, at + CENTRAL_SIZE + nameLen + extraLen), fail);
    }
    at = next;
  }
  return found ? readMember(src, found, name, fail, corrupt) : undefined;
}

/** The end of central directory record (and its ZIP64 form when a field overflowed). */
async function findDirectory(src: ByteSource, fail: (m: string) => never, corrupt: (m: string) => never): Promise<Directory> {
  // The record is the last thing in the file, followed by a comment of at most 65,535 bytes.
  const tailLen = Math.min(src.size, EOCD_SIZE + U16);
  if (tailLen < EOCD_SIZE) fail('not a readable zip archive (too short for an end of central directory record)');
  const tailAt = src.size - tailLen;
  const tail = await src.read(tailAt, tailLen);
  let e = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    // The record's comment length must reach exactly to the end of the file.
    if (u32(tail, i) === EOCD && u16(tail, i + 20) === tail.length - i - EOCD_SIZE) {
      e = i;
      break;
    }
  }
  if (e < 0) fail('not a readable zip archive (no end of central directory record)');
  if (u16(tail, e + 4) !== 0 || u16(tail, e + 6) !== 0) fail('a multi-disk zip archive; not supported');
  const dir = { entries: u16(tail, e + 10), size: u32(tail, e + 12), offset: u32(tail, e + 16) };
  if (dir.entries !== U16 && dir.size !== U32 && dir.offset !== U32) return dir;
  // ZIP64: a locator just before the record points at the ZIP64 end record.
  const locAt = tailAt + e - 20;
  if (locAt < 0) corrupt('ZIP64 fields without a ZIP64 locator');
  const loc = await src.read(locAt, 20);
  if (u32(loc, 0) !== ZIP64_LOCATOR) corrupt('ZIP64 fields without a ZIP64 locator');
  const recAt = u64(loc, 8, corrupt);
  if (recAt + 56 > src.size) corrupt('the ZIP64 end record lies outside the file');
  const rec = await src.read(recAt, 56);
  if (u32(rec, 0) !== ZIP64_EOCD) corrupt('no ZIP64 end record where its locator points');
  return { entries: u64(rec, 32, corrupt), size: u64(rec, 40, corrupt), offset: u64(rec, 48, corrupt) };
}

/** A central directory entry's sizes and local header position, ZIP64 extra field applied. */
function member(cd: Uint8Array, at: number, extra: Uint8Array, fail: (m: string) => never): Member {
  const m = { flags: u16(cd, at + 8), method: u16(cd, at + 10), compressed: u32(cd, at + 20), size: u32(cd, at + 24), local: u32(cd, at + 42) };
  if (m.size !== U32 && m.compressed !== U32 && m.local !== U32) return m;
  // The ZIP64 extra field holds, in this order, only the fields whose 32-bit value overflowed.
  for (let x = 0; x + 4 <= extra.length; ) {
    const id = u16(extra, x);
    const len = u16(extra, x + 2);
    if (x + 4 + len > extra.length) break;
    if (id === 1) {
      let p = x + 4;
      const take = (): number => {
        if (p + 8 > x + 4 + len) fail('corrupt zip archive (a ZIP64 extra field too short for its sizes)');
        const v = u64(extra, p, fail);
        p += 8;
        return v;
      };
      if (m.size === U32) m.size = take();
      if (m.compressed === U32) m.compressed = take();
      if (m.local === U32) m.local = take();
      return m;
    }
    x += 4 + len;
  }
  return fail('corrupt zip archive (ZIP64 sizes without a ZIP64 extra field)');
}

async function readMember(src: ByteSource, m: Member, name: string, fail: (m: string) => never, corrupt: (m: string) => never): Promise<Uint8Array> {
  if (m.flags & 1) fail(`${name} is encrypted`);
  if (m.size > MAX_MEMBER_BYTES) fail(`${name} claims ${m.size} bytes; refusing more than ${MAX_MEMBER_BYTES}`);
  if (m.method === 0 && m.compressed !== m.size) {
    corrupt(`stored ${name} has compressed size ${m.compressed} but uncompressed size ${m.size}`);
  }
  if (m.method !== 0 && m.method !== 8) fail(`${name} is compressed with method ${m.method}; only stored and deflated members are read`);
  // Deflate never shrinks data to less than a thousandth; a larger claim is a bomb's.
  if (m.compressed > MAX_MEMBER_BYTES || (m.method === 8 && m.size > 1032 * m.compressed + 1024)) {
    corrupt(`${name} claims ${m.compressed} compressed bytes for ${m.size}`);
  }
  if (m.local + LOCAL_SIZE > src.size) corrupt(`the local header of ${name} lies outside the file`);
  const head = await src.read(m.local, LOCAL_SIZE);
  if (u32(head, 0) !== LOCAL) corrupt(`no local header where the directory places ${name}`);
  const dataAt = m.local + LOCAL_SIZE + u16(head, 26) + u16(head, 28);
  if (dataAt + m.compressed > src.size) corrupt(`${name}'s data runs past the end of the file`);
  const data = await src.read(dataAt, m.compressed);
  if (m.method === 0) return data;
  let out: Buffer;
  try {
    // maxOutputLength stops a member that inflates past what it claims before it is held.
    out = inflateRawSync(data, { maxOutputLength: Math.max(m.size, 1) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return corrupt(`${name} inflates past the ${m.size} bytes its header says`);
    return corrupt(`${name} does not inflate (${(e as Error).message})`);
  }
  if (out.length !== m.size) corrupt(`${name} holds ${out.length} bytes, its header says ${m.size}`);
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Member names that would leave the archive if it were extracted (absolute, `..`, a drive
 * letter, backslashes) mark a hostile archive; flopgate extracts nothing, but refuses it.
 */
function checkName(b: Uint8Array, fail: (m: string) => never): void {
  // Bytes, not decoded text: `/`, `\`, `.` and `:` are single ASCII bytes in CP437 and UTF-8 alike.
  const bad = (why: string) => fail(`zip member name leaves the archive (${why}); refused`);
  if (b[0] === 0x2f) bad('an absolute path');
  if (b.length >= 2 && b[1] === 0x3a && ((b[0] | 0x20) >= 0x61 && (b[0] | 0x20) <= 0x7a)) bad('a drive letter');
  let start = 0;
  for (let i = 0; i <= b.length; i++) {
    if (i < b.length && b[i] === 0x5c) bad('a backslash');
    if (i === b.length || b[i] === 0x2f) {
      if (i - start === 2 && b[start] === 0x2e && b[start + 1] === 0x2e) bad('a ".." segment');
      start = i + 1;
    }
  }
}
