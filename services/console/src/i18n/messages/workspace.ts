/** Messages of the workspace area. */
import type { AreaMessages } from './area';

export const workspace: AreaMessages = { 'zh-CN': {}, en: {} };
