const width = (s: string): number => [...s].length;
const pad = (s: string, w: number, right: boolean): string => {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
};

/**
 * A terminal table: columns padded to their widest cell (counted in code points, so `Δ` and
 * `≥` take one column), right-aligned where `right` says so, so that digits line up.
 */
export function textTable(header: string[], rows: string[][], right: boolean[]): string[] {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, right[i] ?? false)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}
