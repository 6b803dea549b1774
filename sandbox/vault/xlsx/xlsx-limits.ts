/**
 * How far the vault goes in unpacking a workbook. An .xlsx is a ZIP of XML parts; a few KiB of
 * ZIP can expand to gigabytes (a zip bomb, or a shared-strings table the reader must hold in
 * memory). Sizes are checked in the ZIP's directory before anything is inflated, and every
 * part is inflated with a hard stop at its declared size, so a directory that lies gains
 * nothing. Excel's own grid ends at row 1,048,576 and column 16,384 (XFD).
 */
const MiB = 1024 * 1024;

export const XLSX_LIMITS = {
  /** Entries in the ZIP directory (a workbook has dozens). */
  maxEntries: 10_000,
  /** The parts the reader inflates together: the chosen sheet, shared strings, styles, the workbook and its relationships. */
  maxInflatedBytes: 2048 * MiB,
  /** The shared-strings table, which the reader keeps in memory. */
  maxSharedStringsBytes: 256 * MiB,
  /** The workbook, its relationships and the styles, read whole. */
  maxSmallPartBytes: 32 * MiB,
  /** Expansion of any part larger than `ratioFloorBytes` (Apache POI's default minimum inflate ratio is 1/100). */
  maxRatio: 100,
  ratioFloorBytes: 1 * MiB,
  /** Excel's grid. */
  maxRow: 1_048_576,
  /** Cells, over the whole sheet, that lie beyond the header's last column and must be looked at. */
  maxCellsOutsideHeader: 50_000_000,
} as const;
