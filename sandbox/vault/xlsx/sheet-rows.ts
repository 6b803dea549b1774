/**
 * A worksheet's rows as CSV for the typed read. The header is the first row that names exactly
 * the registered columns (a title row or two above the table are passed over, as Chinese
 * government sheets often have them); if none of the first ten rows with values does, the
 * first one is compared with the schema, which refuses it. Rows without a value are skipped.
 * A row is numbered as in a CSV: 1 is the row under the header, so row N is sheet row N + the
 * header's row number, blank rows counted. Bad cells (formula errors, codes stored as numbers,
 * a value beside the table) are problems by row and column, never by value.
 */
import type { CellValue, Row } from 'exceljs';
import type { ColumnSpec } from '../../../masking-rules/dataset-schema';
import { checkColumnNames } from '../check-column-names';
import { UploadRejectedError, type UploadProblem } from '../upload-rejected';
import { MAX_REPORTED } from '../validate-staged';
import { cellText, headerText, isEmptyCell } from './cell-text';
import type { CsvWriter } from './csv-writer';
import { XLSX_LIMITS } from './xlsx-limits';

const HEADER_SEARCH_ROWS = 10;

export class SheetRows {
  private header: { row: number; columns: ColumnSpec[] } | null = null;
  private firstNames: { names: string[]; row: number } | null = null;
  private rowsWithValues = 0;
  private sheetRows = new Uint32Array(4096);
  private written = 0;
  private outsideBudget: number = XLSX_LIMITS.maxCellsOutsideHeader;
  readonly problems: UploadProblem[] = [];

  constructor(private readonly columns: ColumnSpec[], private readonly date1904: boolean, private readonly out: CsvWriter) {}

  /** True once enough problems are known that later rows cannot be among the first reported. */
  get full(): boolean {
    return this.problems.length >= MAX_REPORTED;
  }

  async add(row: Row): Promise<void> {
    if (row.number > XLSX_LIMITS.maxRow) throw new UploadRejectedError('the body is not a readable .xlsx workbook', [{ message: 'not a readable workbook: a row past Excel’s last row' }], 'invalid_xlsx');
    if (!this.header) return this.findHeader(row);
    const at = row.number - this.header.row;
    const fields = this.header.columns.map((column, i) => {
      const text = cellText(row.findCell(i + 1)?.value, column, this.date1904);
      if ('text' in text) return text.text;
      this.problems.push({ row: at, column: column.name, ...text.problem });
      return '';
    });
    this.checkOutside(row, at);
    if (fields.every((f) => f === '')) return;
    this.keepRowNumber(row.number);
    await this.out.line(fields);
  }

  /** After the last row: the sheet's data row of each CSV row, or the refusal of a sheet with no header. */
  finish(): (csvRow: number) => number {
    if (!this.header) {
      if (this.firstNames) checkColumnNames(this.firstNames.names, this.columns, this.firstNames.row);
      throw new UploadRejectedError('the sheet has no header row', [{ row: 0, message: 'missing header' }], 'missing_header');
    }
    const { row: headerRow } = this.header;
    const rows = this.sheetRows;
    return (csvRow) => (csvRow >= 1 && csvRow <= this.written ? rows[csvRow - 1] - headerRow : csvRow);
  }

  private async findHeader(row: Row): Promise<void> {
    this.spend(row.cellCount);
    const names = cellTexts(row);
    if (names.every((n) => n === '')) return;
    this.rowsWithValues += 1;
    this.firstNames ??= { names, row: row.number };
    if (namesSchema(names, this.columns)) {
      const byName = new Map(this.columns.map((c) => [c.name, c]));
      this.header = { row: row.number, columns: names.map((n) => byName.get(n)!) };
      await this.out.line(names);
    } else if (this.rowsWithValues >= HEADER_SEARCH_ROWS) {
      checkColumnNames(this.firstNames.names, this.columns, this.firstNames.row);
    }
  }

  /** A value beside the table (right of the header's last column) is a problem; empty formatted cells there are not. */
  private checkOutside(row: Row, at: number): void {
    const width = this.header?.columns.length ?? 0;
    const extra = row.cellCount - width;
    if (extra <= 0) return;
    this.spend(extra);
    for (let c = width + 1; c <= row.cellCount; c += 1) {
      const cell = row.findCell(c);
      if (cell && !isEmptyCell(cell.value)) {
        this.problems.push({ row: at, path: cell.address, message: 'a value in a column without a header' });
        return;
      }
    }
  }

  /** Cells looked at outside the table (header search, right of the header): bounded, so sparse rows reaching column XFD cannot keep the reader busy for hours. */
  private spend(cells: number): void {
    this.outsideBudget -= cells;
    if (this.outsideBudget < 0) throw new UploadRejectedError('the body is not a readable .xlsx workbook', [{ message: 'not a readable workbook: too many cells beside the table' }], 'invalid_xlsx');
  }

  private keepRowNumber(sheetRow: number): void {
    if (this.written === this.sheetRows.length) {
      const grown = new Uint32Array(this.sheetRows.length * 2);
      grown.set(this.sheetRows);
      this.sheetRows = grown;
    }
    this.sheetRows[this.written] = sheetRow;
    this.written += 1;
  }
}

/** The texts of a row's cells from the first column to its last value, trimmed. */
function cellTexts(row: Row): string[] {
  const names: string[] = [];
  for (let c = 1; c <= row.cellCount; c += 1) names.push(headerText(row.findCell(c)?.value as CellValue));
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  return names;
}

function namesSchema(names: string[], columns: ColumnSpec[]): boolean {
  try {
    checkColumnNames(names, columns);
    return true;
  } catch {
    return false;
  }
}
