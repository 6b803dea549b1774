/** Messages of the authority area. */
import type { AreaMessages } from './area';

export const authority: AreaMessages = { 'zh-CN': {}, en: {} };
