/** Messages of the operator area. */
import type { AreaMessages } from './area';

export const operator: AreaMessages = { 'zh-CN': {}, en: {} };
