/**
 * A repository that stores models with Git LFS checks out small text pointers unless LFS is
 * fetched. Measuring a pointer would fail with a baffling format error, so it is recognised
 * first and explained.
 */
const SIGNATURE = 'version https://git-lfs.github.com/spec/v1';

export function isLfsPointer(head: Uint8Array): boolean {
  if (head.length < SIGNATURE.length) return false;
  return new TextDecoder().decode(head.subarray(0, SIGNATURE.length)) === SIGNATURE;
}

/** How many leading bytes `isLfsPointer` needs. */
export const LFS_PROBE_BYTES = SIGNATURE.length;

export function lfsMessage(path: string): string {
  return `${path}: is a Git LFS pointer, not the model; check out with \`lfs: true\` (actions/checkout) or run \`git lfs pull\``;
}
