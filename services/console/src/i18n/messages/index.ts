/** Every area's messages, namespaced by area: `t('catalog.title')`. */
import type { AreaMessages, Locale, MessageTree } from './area';
import { common } from './common';
import { shell } from './shell';
import { home } from './home';
import { catalog } from './catalog';
import { source } from './source';
import { operator } from './operator';
import { workspace } from './workspace';
import { authority } from './authority';
import { auditor } from './auditor';
import { governance } from './governance';
import { filings } from './filings';
import { selection } from './selection';

export { locales, type Locale } from './area';

export const areas: Record<string, AreaMessages> = { common, shell, home, catalog, source, operator, workspace, authority, auditor, governance, filings, selection };

function pick(locale: Locale): MessageTree {
  return Object.fromEntries(Object.entries(areas).map(([name, area]) => [name, area[locale]]));
}

export const messages = { 'zh-CN': pick('zh-CN'), en: pick('en') };
