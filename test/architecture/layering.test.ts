/**
 * The layer rule of ARCHITECTURE.md, checked on the sources themselves: the lower layers
 * (`sandbox/`, `masking-rules/`, `policies/`) never import from `services/`, and inside
 * `services/` only the console project itself reaches into the Vue app (`services/console/src`).
 *
 * Every module reference counts, type-only ones included: static imports and re-exports,
 * `import x = require()`, `require()`, dynamic `import()` and `import('…').T` types. They are
 * read with TypeScript's own pre-processor (so comments and strings are never mistaken for
 * imports), and relative specifiers are resolved against the importing file.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

type Reference = { file: string; specifier: string; target: string };

/** Source files under `dir`, skipping node_modules, build output and any folder in `except`. */
function sourceFiles(dir: string, except: string[] = []): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (['node_modules', 'dist'].includes(entry.name) || except.some((e) => isInside(full, e))) return [];
      return sourceFiles(full, except);
    }
    return entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Where a specifier points: relative ones against the importing file, absolute ones as they
 * are, and bare ones that name a top-level folder (`services/x`, as a baseUrl would resolve
 * them) against the project root. Null for packages.
 */
function resolveSpecifier(file: string, specifier: string): string | null {
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') return path.resolve(path.dirname(file), specifier);
  if (path.isAbsolute(specifier)) return path.normalize(specifier);
  const top = specifier.split('/')[0];
  return ['services', 'sandbox', 'masking-rules', 'policies'].includes(top) ? path.join(ROOT, specifier) : null;
}

function referencesIn(file: string, source = fs.readFileSync(file, 'utf8')): Reference[] {
  return ts.preProcessFile(source, true, true).importedFiles.flatMap(({ fileName }) => {
    const target = resolveSpecifier(file, fileName);
    return target === null ? [] : [{ file, specifier: fileName, target }];
  });
}

const show = (refs: Reference[]) => refs.map((r) => `${path.relative(ROOT, r.file)} imports '${r.specifier}'`);

describe('the reference reader', () => {
  const file = path.join(ROOT, 'sandbox/vault/example.ts');
  const source = [
    "import { a } from '../../services/errors/app-error';",
    "import type { B } from '../../services/b';",
    "export { c } from '../../services/c';",
    "import d = require('../../services/d');",
    "const e = require('../../services/e');",
    "const f = () => import('../../services/f');",
    "type G = import('../../services/g').G;",
    "import 'services/h';",
    "import { ok } from '../storage/is-storage-failure';",
    "import express from 'express';",
    "// import { no } from '../../services/in-a-comment';",
    "const s = \"from '../../services/in-a-string'\";",
  ].join('\n');

  it('finds every form of import, resolves it, and ignores comments, strings and packages', () => {
    const targets = referencesIn(file, source).map((r) => path.relative(ROOT, r.target));
    expect(targets).toEqual([
      'services/errors/app-error', 'services/b', 'services/c', 'services/d', 'services/e', 'services/f', 'services/g', 'services/h',
      'sandbox/storage/is-storage-failure',
    ]);
  });

  it('resolves a relative path that only looks harmless (../ from deeper down, ./ inside services)', () => {
    expect(isInside(resolveSpecifier(path.join(ROOT, 'sandbox/a/b/c.ts'), '../../../services/x')!, path.join(ROOT, 'services'))).toBe(true);
    expect(isInside(resolveSpecifier(path.join(ROOT, 'sandbox/a.ts'), '../sandbox-services/x')!, path.join(ROOT, 'services'))).toBe(false);
    expect(isInside(resolveSpecifier(path.join(ROOT, 'services/a.ts'), './console/src/main')!, path.join(ROOT, 'services/console/src'))).toBe(true);
  });
});

describe('the layer rule', () => {
  const services = path.join(ROOT, 'services');

  it.each(['sandbox', 'masking-rules', 'policies'])('nothing under %s/ imports from services/', (layer) => {
    const files = sourceFiles(path.join(ROOT, layer));
    expect(files.length).toBeGreaterThan(0);
    const upward = files.flatMap((f) => referencesIn(f)).filter((r) => isInside(r.target, services));
    expect(show(upward)).toEqual([]);
  });

  it('nothing under services/ except services/console/ imports from the Vue app (services/console/src), but the HTTP contract the CLI shares', () => {
    const consoleDir = path.join(services, 'console');
    // The generated API types and the API error type are the one typed contract of both clients
    // (the console and the CLI), so that they cannot drift; neither imports anything of Vue.
    const contract = ['openapi', 'api-error'].map((name) => path.join(consoleDir, 'src', 'api', name));
    const files = sourceFiles(services, [consoleDir]);
    expect(files.length).toBeGreaterThan(0);
    const intoApp = files.flatMap((f) => referencesIn(f)).filter((r) => isInside(r.target, path.join(consoleDir, 'src')) && !contract.some((c) => r.target.replace(/\.(d\.ts|ts)$/, '') === c));
    expect(show(intoApp)).toEqual([]);
    const contractImports = ['openapi.d.ts', 'api-error.ts'].flatMap((name) => referencesIn(path.join(consoleDir, 'src', 'api', name)));
    expect(show(contractImports)).toEqual([]);
  });
});
