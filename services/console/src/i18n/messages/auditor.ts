/** Messages of the auditor area. */
import type { AreaMessages } from './area';

export const auditor: AreaMessages = { 'zh-CN': {}, en: {} };
