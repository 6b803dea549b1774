/**
 * The people data in the other forms data-source units upload: the fixture's CSV re-encoded as
 * GB18030 (streamed; every character of the people data is in GBK too, so the same bytes are
 * a valid GBK file), and an .xlsx workbook of the first `rows` people written by exceljs's
 * streaming writer (identity numbers, mobiles and region codes as text, income as a number,
 * birth date as a date cell), with the same rows as a UTF-8 CSV for the raw baseline.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { PEOPLE_HEADER, PeopleRows, peopleColumns } from './people-dataset';

export type PeopleGb18030 = { file: string; bytes: number; seconds: number };
export type PeopleWorkbook = { xlsx: string; csv: string; rows: number; xlsxBytes: number; seconds: number };

export async function peopleGb18030(utf8Csv: string, dir: string): Promise<PeopleGb18030> {
  const file = path.join(dir, 'people-gb18030.csv');
  const started = performance.now();
  await pipeline(fs.createReadStream(utf8Csv), iconv.decodeStream('utf-8'), iconv.encodeStream('gb18030'), fs.createWriteStream(file));
  return { file, bytes: fs.statSync(file).size, seconds: (performance.now() - started) / 1000 };
}

export async function peopleWorkbook(rows: number, dir: string): Promise<PeopleWorkbook> {
  const xlsx = path.join(dir, `people-${rows}.xlsx`);
  const csv = path.join(dir, `people-${rows}.csv`);
  const started = performance.now();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true, useStyles: true });
  const sheet = book.addWorksheet('人口');
  sheet.addRow(peopleColumns.map((c) => c.name)).commit();
  const out = fs.createWriteStream(csv);
  out.write(`${PEOPLE_HEADER}\n`);
  const generator = new PeopleRows();
  for (let done = 0; done < rows; done += 10_000) {
    const text = generator.lines(Math.min(10_000, rows - done));
    if (!out.write(text)) await once(out, 'drain');
    for (const line of text.split('\n')) {
      if (!line) continue;
      const [id, name, mobile, address, birth, income, region, street] = line.split(',');
      const row = sheet.addRow([id, name, mobile, address, new Date(`${birth}T00:00:00Z`), Number(income), region, street]);
      row.getCell(5).numFmt = 'yyyy-mm-dd';
      row.commit();
    }
  }
  sheet.commit();
  await book.commit();
  out.end();
  await once(out, 'finish');
  return { xlsx, csv, rows, xlsxBytes: fs.statSync(xlsx).size, seconds: (performance.now() - started) / 1000 };
}
