/**
 * Building blocks of the Chinese error messages. A code's entry is a fixed sentence, or a
 * function of the English message that puts one of its specifics (a state, a column, a limit)
 * into the Chinese sentence. Only identifiers pass into a sentence (`when`): statuses, column,
 * dataset and parameter names, ids, numbers, media types; a capture with spaces, quotes or other
 * free text fails, and the next pattern or the plain sentence is used instead. Free text the
 * English message already shows (a DuckDB error about the operator's own SQL) passes only
 * through `englishDetail`, cut to its first line and with quoted string literals blanked, so it
 * can carry less than the English, never more.
 */
export type ZhMessage = string | ((english: string) => string);

type Rule = { pattern: RegExp; render: (...parts: string[]) => string; freeText: boolean };

const IDENTIFIER = /^[\p{Script=Han}A-Za-z0-9_$][\p{Script=Han}A-Za-z0-9_.:$/+-]{0,99}$/u;

/** True for one identifier-like token: no spaces, quotes, brackets or other free text. */
export function isSafeIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

/** True for one identifier, or a list of them joined by ", " or " or ". */
export function isSafeSpecific(text: string): boolean {
  return text.split(/, | or /).every(isSafeIdentifier);
}

/** A pattern of the English message whose captures must all be identifiers (or lists of them). */
export function when(pattern: RegExp, render: (...parts: string[]) => string): Rule {
  return { pattern, render, freeText: false };
}

/** A pattern whose captures are free text the English already shows; they go through `englishDetail`. */
export function whenText(pattern: RegExp, render: (...parts: string[]) => string): Rule {
  return { pattern, render, freeText: true };
}

/** The message of the first rule that matches with acceptable captures; otherwise `plain`. */
export function byPattern(plain: ZhMessage, ...rules: Rule[]): (english: string) => string {
  return (english) => {
    for (const rule of rules) {
      const match = rule.pattern.exec(english);
      if (!match) continue;
      const parts = match.slice(1).map((p) => p ?? '');
      if (rule.freeText) return rule.render(...parts.map(englishDetail));
      if (parts.every(isSafeSpecific)) return rule.render(...parts);
    }
    return typeof plain === 'string' ? plain : plain(english);
  };
}

/** "中文说明（English detail）", or the sentence alone when the detail is empty. */
export function withDetail(sentence: string, detail: string): string {
  const text = englishDetail(detail);
  return text ? `${sentence}（${text}）` : sentence;
}

/** The first line of an English detail, quoted string literals blanked, at most 300 characters. */
export function englishDetail(text: string): string {
  const line = text.split('\n')[0].replace(/'(?:[^']|'')*'?/g, "'…'").trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** Chinese names of the lifecycle states (as the console shows them). */
const STATES: Record<string, string> = {
  submitted: '已提交', refused: '数源单位已拒绝', approved: '已批准', rejected: '已驳回', active: '生效中', suspended: '已暂停', expired: '已到期',
  terminated: '已终止', sealed: '已封存', destroyed: '已销毁', provisioning: '准备中', ready: '就绪', failed: '失败',
  queued: '排队中', running: '运行中', 'awaiting-release': '待出域审核', released: '已放行', blocked: '已拦截',
  registered: '已登记', retired: '已停用', pending: '待审批', not_needed: '无需审批',
};

/** “已暂停”（suspended）; a state without a Chinese name is shown as it is. */
export function zhState(state: string): string {
  const name = STATES[state];
  return name ? `“${name}”（${state}）` : `“${state}”`;
}

/** "active or suspended" → “生效中”（active）或“已暂停”（suspended）. */
export function zhStates(list: string): string {
  return list.split(/, | or /).map(zhState).join('或');
}

/** "a, b or c" → "a、b、c" (a list of identifiers in Chinese punctuation). */
export function zhList(list: string): string {
  return list.split(/, | or /).join('、');
}
