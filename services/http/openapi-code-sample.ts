/**
 * A curl command for each operation in the OpenAPI document (`x-codeSamples`, read by Redoc and
 * other viewers), assembled from the operation's own parameter and body examples, so that every
 * operation shows a request a person can paste and adapt.
 */
type JsonSchema = Record<string, unknown>;
type Parameter = { name: string; in: string; required: boolean; example?: unknown };

const HOST = 'https://shuyu.example.gov.cn';
const FILES: Record<string, string> = { 'text/csv': 'residents.csv', 'application/yaml': 'rules.yaml', 'application/json': 'rules.json' };

function quoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlSample(method: string, path: string, operation: { parameters: Parameter[]; requestBody?: JsonSchema; security: unknown[] }): { lang: string; label: string; source: string } {
  let url = path;
  for (const p of operation.parameters.filter((q) => q.in === 'path')) url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.example)));
  const query = operation.parameters.filter((q) => q.in === 'query' && q.required).map((q) => `${q.name}=${encodeURIComponent(String(q.example))}`);
  const parts = ['curl', ...(method === 'get' ? [] : ['-X', method.toUpperCase()]), quoted(`${HOST}${url}${query.length ? `?${query.join('&')}` : ''}`)];
  if (operation.security.length) parts.push('-H', '"Authorization: Bearer $SHUYU_TOKEN"');
  const content = (operation.requestBody?.content ?? {}) as Record<string, { example?: unknown }>;
  const [type, media] = Object.entries(content)[0] ?? [];
  if (type && typeof media?.example === 'object') {
    parts.push('-H', quoted(`Content-Type: ${type}`), '-d', quoted(JSON.stringify(media.example)));
  } else if (type) {
    parts.push('-H', quoted(`Content-Type: ${type}`), '--data-binary', `@${FILES[type] ?? 'data.bin'}`);
  }
  return { lang: 'Shell', label: 'curl', source: parts.join(' ') };
}
