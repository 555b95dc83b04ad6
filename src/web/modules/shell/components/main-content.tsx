import { Layout } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { FullPageSpin } from '../../../ui/full-page-spin';
import { useI18n } from '../../i18n/hooks/use-i18n';

/** The id the "skip to content" link jumps to. */
export const MAIN_ID = 'cchc-main';

/** The page area of both shells: focusable for the skip link, lazy pages behind a spinner. */
export function MainContent() {
  const { t } = useI18n();
  return (
    <Layout.Content id={MAIN_ID} tabIndex={-1} className="cchc-content">
      <Suspense fallback={<FullPageSpin label={t('common.loading')} />}>
        <Outlet />
      </Suspense>
    </Layout.Content>
  );
}
