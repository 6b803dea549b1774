/** Messages of the source area. */
import type { AreaMessages } from './area';

export const source: AreaMessages = { 'zh-CN': {}, en: {} };
