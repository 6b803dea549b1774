/**
 * The console's strings: both languages carry the same message keys with non-empty texts, every
 * key a template or script names exists, and no visible text is written as a literal — not in a
 * template's text, not in a text attribute (label, placeholder, title, aria-label…), not as a
 * Chinese string in code. Templates are parsed with Vue's own compiler.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseSfc } from '@vue/compiler-sfc';
import { areas } from '../../services/console/src/i18n/messages';
import type { MessageTree } from '../../services/console/src/i18n/messages/area';

const SRC = path.join(__dirname, '..', '..', 'services', 'console', 'src');
const MESSAGES = path.join(SRC, 'i18n', 'messages');

function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full, ext) : ext.test(e.name) ? [full] : [];
  });
}

function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const zh = new Map<string, string>();
const en = new Map<string, string>();
for (const [area, messages] of Object.entries(areas)) {
  for (const [k, v] of flatten(messages['zh-CN'], area)) zh.set(k, v);
  for (const [k, v] of flatten(messages.en, area)) en.set(k, v);
}

test('zh-CN and en carry exactly the same message keys, none empty, and the Chinese texts are Chinese', () => {
  expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
  expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
  expect([...zh.entries()].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  expect([...en.entries()].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  // An untranslated Chinese entry (English copied over) would show English to a Chinese user.
  const untranslated = [...zh.entries()].filter(([k, v]) => /[A-Za-z]{4,}/.test(v) && !/[\u4e00-\u9fff]/.test(v) && v === en.get(k)).map(([k]) => k);
  expect(untranslated.filter((k) => !ALLOWED_SAME.has(k))).toEqual([]);
  // Placeholders such as {name} appear in both languages alike.
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
  expect([...zh.entries()].filter(([k, v]) => placeholders(v) !== placeholders(en.get(k) ?? '')).map(([k]) => k)).toEqual([]);
});

/** Texts that are the same in both languages on purpose (proper names, formats, the language's own name). */
const ALLOWED_SAME = new Set(['shell.languages.en', 'shell.languages.zh-CN']);

const TEXT_ATTRIBUTES = new Set(['label', 'placeholder', 'title', 'aria-label', 'alt', 'description', 'sub-title', 'empty-text', 'confirm-button-text', 'cancel-button-text', 'active-text', 'inactive-text', 'text', 'content', 'start-placeholder', 'end-placeholder', 'range-separator', 'tooltip']);

type TemplateNode = { type: number; content?: unknown; children?: TemplateNode[]; props?: { type: number; name: string; value?: { content: string } }[]; loc: { start: { line: number } }; branches?: TemplateNode[] };

function literalTexts(node: TemplateNode, file: string, out: string[]): void {
  if (node.type === 2 && typeof node.content === 'string' && /[\p{L}]/u.test(node.content)) out.push(`${file}:${node.loc.start.line} text "${node.content.trim()}"`);
  if (node.type === 5) {
    const expr = (node.content as { content?: string })?.content ?? '';
    if (/['"`][^'"`]*[\u4e00-\u9fff]/.test(expr)) out.push(`${file}:${node.loc.start.line} literal in {{ ${expr} }}`);
  }
  for (const prop of node.props ?? []) {
    if (prop.type === 6 && TEXT_ATTRIBUTES.has(prop.name) && prop.value && /[\p{L}]/u.test(prop.value.content)) out.push(`${file}:${node.loc.start.line} ${prop.name}="${prop.value.content}"`);
    if (prop.type === 7) {
      const expr = (prop as unknown as { exp?: { content?: string } }).exp?.content ?? '';
      if (/['"`][^'"`]*[\u4e00-\u9fff]/.test(expr)) out.push(`${file}:${node.loc.start.line} literal in :${prop.name}`);
    }
  }
  for (const child of [...(node.children ?? []), ...(node.branches ?? [])]) literalTexts(child, file, out);
}

test('no template shows a literal text: every string goes through t()', () => {
  const problems: string[] = [];
  for (const file of files(SRC, /\.vue$/)) {
    const { descriptor, errors } = parseSfc(fs.readFileSync(file, 'utf8'), { filename: file });
    expect(errors).toEqual([]);
    if (descriptor.template?.ast) literalTexts(descriptor.template.ast as unknown as TemplateNode, path.relative(SRC, file), problems);
  }
  expect(problems).toEqual([]);
});

function codeWithoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1').replace(/<!--[\s\S]*?-->/g, '');
}

test('no Chinese text is written in code outside the message files', () => {
  const offenders = files(SRC, /\.(ts|vue)$/)
    .filter((f) => !f.startsWith(MESSAGES) && !f.endsWith('openapi.d.ts'))
    .filter((f) => /[\u4e00-\u9fff]/.test(codeWithoutComments(fs.readFileSync(f, 'utf8')).replace(/<style[\s\S]*?<\/style>/g, '')))
    .map((f) => path.relative(SRC, f));
  expect(offenders).toEqual([]);
});

test('every message key named literally in the code exists', () => {
  const areasPattern = Object.keys(areas).join('|');
  const used = new Set<string>();
  for (const file of files(SRC, /\.(ts|vue)$/)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(new RegExp(`\\bt[ce]?\\(\\s*'((?:${areasPattern})\\.[\\w.-]+)'`, 'g'))) used.add(m[1]);
    for (const m of source.matchAll(new RegExp(`label: '((?:${areasPattern})\\.[\\w.-]+)'`, 'g'))) used.add(m[1]);
  }
  expect([...used].filter((k) => !zh.has(k))).toEqual([]);
});

test('the literal-text check itself catches text, text attributes and Chinese literals', () => {
  const sample = `<template><div><el-button title="Save">保存</el-button><el-input placeholder="name" :label="'名称'" />{{ '你好' }}<span>—</span></div></template>`;
  const { descriptor } = parseSfc(sample, { filename: 'sample.vue' });
  const problems: string[] = [];
  literalTexts(descriptor.template!.ast as unknown as TemplateNode, 'sample.vue', problems);
  expect(problems).toHaveLength(5);
});
