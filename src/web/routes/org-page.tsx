import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { OrgBrowser } from '../modules/org/components/org-browser';
import { PageHeader } from '../ui/page-header';

/** /org — Tổ chức: the province's units on any date, public. */
export function OrgPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('module.org.title')} description={t('org.lead')} />
      <OrgBrowser />
    </>
  );
}
