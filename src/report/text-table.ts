const width = (s: string): number => [...s].length;
const pad = (s: string, w: number, right: boolean): string => {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
};

/**
 * A terminal table: columns padded to their widest cell (counted in code points, so `Δ` and
 * `≥` take one column), right-aligned where `right` says so, so that digits line up.
 */
export function textTable(header: string[], rows: string[][], right: boolean[], gap = 2): string[] {
  const widths = columnWidths(header, rows);
  const sep = ' '.repeat(gap);
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, right[i] ?? false)).join(sep).trimEnd();
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join(sep)];
  for (const r of rows) out.push(line(r));
  return out;
}

/** Each column's width: its widest cell, header included. */
export function columnWidths(header: string[], rows: string[][]): number[] {
  // Loops, not Math.max(...cells): a spread passes every row as an argument on the stack, and a
  // 50,000-node graph's table overflowed it.
  const widths = header.map(width);
  for (const r of rows) {
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i]!, width(r[i] ?? ''));
  }
  return widths;
}
