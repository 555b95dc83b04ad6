import { Segmented } from 'antd';
import { useI18n } from '../hooks/use-i18n';
import type { Lang } from '../utils/language';

/** Tiếng Việt / English, remembered in this browser. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      aria-label={t('lang.switch')}
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { value: 'vi', label: <span lang="vi" title="Tiếng Việt">VI</span> },
        { value: 'en', label: <span lang="en" title="English">EN</span> },
      ]}
    />
  );
}
