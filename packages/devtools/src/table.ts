/**
 * A plain-text table for reports on a terminal: the first row is the header, underlined; the
 * first column is left-aligned, the others right-aligned. Widths count characters (code points),
 * so marks such as ✓ line up.
 */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...row[column]!].length)));
  const pad = (cell: string, width: number, left: boolean) => {
    const gap = ' '.repeat(Math.max(0, width - [...cell].length));
    return left ? cell + gap : gap + cell;
  };
  const line = (row: readonly string[]) =>
    row.map((cell, column) => pad(cell, widths[column]!, column === 0)).join('  ');
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** A cell: `value` with `digits` decimals, or "n/a" when it is not a finite number. */
export function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}
