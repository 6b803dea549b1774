/** The home page: what needs the signed-in principal's action. */
import type { AreaMessages } from './area';

export const home: AreaMessages = {
  'zh-CN': {
    welcome: '您好，{name}',
    needsAction: '待办事项',
    nothing: '当前没有需要您处理的事项',
    open: '去处理',
    kinds: {},
  },
  en: {
    welcome: 'Hello, {name}',
    needsAction: 'What needs your action',
    nothing: 'Nothing needs your action right now',
    open: 'Open',
    kinds: {},
  },
};
