/**
 * What the vault needs from a workbook's own description before it reads a sheet: the sheets
 * in tab order with the ZIP entry of each (xl/workbook.xml and its relationships), and whether
 * dates count from 1904. These parts are small; they are read whole and scanned as text.
 */
import path from 'node:path';
import { UploadRejectedError } from '../upload-rejected';

export type SheetPart = { name: string; entry: string; hidden: boolean };
export type WorkbookParts = { sheets: SheetPart[]; date1904: boolean };

export function workbookParts(workbookXml: string, relationshipsXml: string): WorkbookParts {
  const targets = new Map<string, string>();
  for (const tag of elements(relationshipsXml, 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join('xl', target)));
  }
  const sheets: SheetPart[] = [];
  for (const tag of elements(workbookXml, 'sheet')) {
    const name = attribute(tag, 'name');
    const entry = targets.get(attribute(tag, 'id', true) ?? '');
    if (name !== undefined && entry) sheets.push({ name, entry, hidden: /^(hidden|veryHidden)$/.test(attribute(tag, 'state') ?? '') });
  }
  const workbookPr = elements(workbookXml, 'workbookPr')[0] ?? '';
  return { sheets, date1904: /^(1|true)$/.test(attribute(workbookPr, 'date1904') ?? '') };
}

/** The sheet asked for by name (exactly, else ignoring case), or the first visible one. */
export function chooseSheet(parts: WorkbookParts, wanted: string | undefined): SheetPart {
  const found = wanted === undefined
    ? parts.sheets.find((s) => !s.hidden) ?? parts.sheets[0]
    : parts.sheets.find((s) => s.name === wanted) ?? parts.sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (found) return found;
  if (parts.sheets.length === 0) throw new UploadRejectedError('the body is not a readable .xlsx workbook', [{ message: 'not a readable workbook: it has no worksheet' }], 'invalid_xlsx');
  throw new UploadRejectedError('the workbook has no sheet of that name', [{ path: 'sheet', message: `the workbook's sheets are ${parts.sheets.map((s) => s.name).join(', ')}` }], 'sheet_not_found');
}

/** The start tags of an element, with or without a namespace prefix (`<sheet …>`, `<x:sheet …>`). */
function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}\\b([^>]*)>`, 'g'))].map((m) => m[1]);
}

/** An attribute's decoded value; `prefixed` also takes it under any namespace prefix (`r:id`). */
function attribute(tag: string, name: string, prefixed = false): string | undefined {
  const pattern = new RegExp(`(?:^|\\s)${prefixed ? '[A-Za-z_][\\w.-]*:' : ''}${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = pattern.exec(tag);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] ?? '';
  });
}
