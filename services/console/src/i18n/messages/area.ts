/** One area's messages in both languages; a test holds the two to the same keys. */
export type MessageTree = { [key: string]: string | MessageTree };
export type AreaMessages = { 'zh-CN': MessageTree; en: MessageTree };
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
