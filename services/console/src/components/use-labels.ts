/**
 * Labels of enumerated values (`common.levels.core`, `common.states.active`, …). Element Plus
 * renders a table column's slot once without a row while it registers the column, so an absent
 * value gives an empty label rather than a message key.
 */
import { useI18n } from 'vue-i18n';

export function useLabels() {
  const { t, te } = useI18n();
  return {
    label(group: string, value: string | null | undefined): string {
      if (value === null || value === undefined || value === '') return '';
      const key = `${group}.${value}`;
      return te(key) ? t(key) : value;
    },
  };
}
