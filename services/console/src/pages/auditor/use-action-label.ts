/** A readable label of an audit action code (`dataset.upload` → 上传数据), or '' for codes without one. */
import { useI18n } from 'vue-i18n';

export function useActionLabel(): (code: string | null | undefined) => string {
  const { t, te } = useI18n();
  return (code) => {
    if (!code) return '';
    const key = `auditor.actions.${code}`;
    return te(key) ? t(key) : '';
  };
}
