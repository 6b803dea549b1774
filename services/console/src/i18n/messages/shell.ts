/** The frame around every page: sign-in, header, menu, language, forbidden and not-found pages. */
import type { AreaMessages } from './area';

export const shell: AreaMessages = {
  'zh-CN': {
    brand: '数域',
    tagline: '公共数据授权运营平台 · 原始数据不出域，数据可用不可见',
    navigation: '主导航',
    language: '界面语言',
    languages: { 'zh-CN': '简体中文', en: 'English' },
    signOut: '退出登录',
    backHome: '返回首页',
    signIn: {
      token: '访问令牌',
      placeholder: '粘贴主管部门发放的访问令牌',
      submit: '登录',
      invalid: '令牌无效或已被吊销',
      unreachable: '无法连接平台，请稍后再试',
      expired: '会话已失效，请重新登录',
      hint: '令牌只保存在本浏览器标签页中，关闭标签页即失效。',
      disclosures: '公共数据授权运营情况公示（无需登录）',
    },
    menu: { home: '工作台', catalog: '数据目录' },
    forbidden: { title: '无权访问', body: '{role}角色无权打开此页面。' },
    notFound: { title: '页面不存在', body: '请检查地址，或从菜单进入。' },
  },
  en: {
    brand: 'Shuyu',
    tagline: 'Public data authorized operation · raw data never leaves, usable but invisible',
    navigation: 'Main navigation',
    language: 'Language',
    languages: { 'zh-CN': '简体中文', en: 'English' },
    signOut: 'Sign out',
    backHome: 'Back to home',
    signIn: {
      token: 'Access token',
      placeholder: 'Paste the access token the authority issued to you',
      submit: 'Sign in',
      invalid: 'The token is not valid or has been revoked',
      unreachable: 'The platform cannot be reached; try again later',
      expired: 'Your session has ended; please sign in again',
      hint: 'The token is kept in this browser tab only and is forgotten when the tab closes.',
      disclosures: 'Public disclosure of authorizations (no sign-in)',
    },
    menu: { home: 'Home', catalog: 'Catalog' },
    forbidden: { title: 'Not allowed', body: 'The {role} role may not open this page.' },
    notFound: { title: 'Page not found', body: 'Check the address, or use the menu.' },
  },
};
