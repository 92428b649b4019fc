// The bench's result table: one row per measure, so later work can add rows without touching
// the printing.
export interface BenchRow {
  name: string;
  value: string;
  /** The same measure for the row's baseline, measured in the same run (named in its note). */
  baseline?: string;
  /** value / baseline. */
  ratio?: number;
  /** What we aim for, in words, e.g. "≤ 1.5× bare". */
  goal?: string;
  note?: string;
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

export function formatPerSecond(perSecond: number): string {
  return `${Math.round(perSecond).toLocaleString('en')}/s`;
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** A markdown table with aligned columns; numbers right-aligned. */
export function renderTable(rows: BenchRow[]): string {
  const header = ['Measure', 'Ours', 'Baseline', 'Ratio', 'Goal', 'Note'];
  const body = rows.map((row) => [
    row.name,
    row.value,
    row.baseline ?? '',
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
    row.goal ?? '',
    row.note ?? '',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column]!.length)),
  );
  const rightAligned = new Set([1, 2, 3]);
  const line = (cells: string[]) =>
    `| ${cells
      .map((cell, column) =>
        rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, column) =>
      rightAligned.has(column) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
    )
    .join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
