/**
 * Uploads a data file (CSV in any charset the platform detects, an .xlsx sheet, Parquet, Arrow) as a new vault version with XMLHttpRequest, so that the page can show real
 * upload progress (fetch cannot report it). Same headers as the API client: the token and the
 * console's language; a 401 ends the session.
 */
import { ApiError } from '../../api/api-error';
import { currentLocale, i18n } from '../../i18n/i18n';
import { session } from '../../session/session';
import type { UploadResult } from './source-types';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const TYPES: Record<string, string> = {
  csv: 'text/csv',
  xlsx: XLSX_TYPE,
  parquet: 'application/vnd.apache.parquet',
  arrow: 'application/vnd.apache.arrow.stream',
  arrows: 'application/vnd.apache.arrow.stream',
};

/** The content type of a data file from its extension, or null when the platform does not take it. */
export function contentTypeOf(fileName: string): string | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return TYPES[ext] ?? null;
}

/** `sheet`: the worksheet of an .xlsx file to read (the first one when empty). */
export function uploadVersion(datasetId: string, file: File, contentType: string, onProgress: (percent: number) => void, sheet = ''): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = contentType === XLSX_TYPE && sheet.trim() ? `?sheet=${encodeURIComponent(sheet.trim())}` : '';
    xhr.open('PUT', `/api/v1/datasets/${encodeURIComponent(datasetId)}/data${query}`);
    if (session.token.value) xhr.setRequestHeader('Authorization', `Bearer ${session.token.value}`);
    xhr.setRequestHeader('Accept-Language', currentLocale());
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.min(100, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(body as UploadResult);
        return;
      }
      if (xhr.status === 401) session.expire();
      reject(ApiError.fromBody(xhr.status, body ?? undefined, xhr.statusText));
    };
    xhr.onerror = () => reject(new Error(i18n.global.t('source.upload.networkError')));
    xhr.send(file);
  });
}
