/**
 * Messages to the user: success and the API's own (localised) error message. A 403 says what the
 * role may not do; the message comes from the API in the console's language.
 */
import { ElMessage } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import { ApiError } from '../api/api-error';
import { i18n } from '../i18n/i18n';

export function notifyDone(message?: string): void {
  ElMessage({ type: 'success', message: message ?? i18n.global.t('common.done'), showClose: true });
}

export function notifyError(error: unknown): void {
  const t = i18n.global.t;
  let message = t('common.failed');
  if (error instanceof ApiError) message = error.status === 403 ? `${t('common.noPermission')}: ${error.message}` : error.message;
  else if (error instanceof Error && error.message) message = error.message;
  ElMessage({ type: 'error', message, showClose: true, duration: 6000 });
}

/** Runs an action, reports its failure, and says whether it succeeded. */
export async function attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch (error) {
    notifyError(error);
    return undefined;
  }
}
