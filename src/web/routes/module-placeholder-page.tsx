import { Card, Result, Typography } from 'antd';
import { ToolOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MessageKey } from '../modules/i18n/utils/catalogs';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import type { ModuleId } from '../modules/shell/utils/module-catalogue';
import { moduleById } from '../modules/shell/utils/module-catalogue';
import { PageHeader } from '../ui/page-header';

/** A module not built yet: what it will do, in a sentence and a short list — no sample data, no numbers. */
export function ModulePlaceholderPage({ id, children }: { id: ModuleId; children?: ReactNode }) {
  const { t } = useI18n();
  const entry = moduleById(id);
  const features = Array.from({ length: entry.features }, (_, index) => `module.${id}.f${index + 1}` as MessageKey);
  return (
    <>
      <PageHeader title={t(`module.${id}.title`)} description={t(`module.${id}.summary`)} />
      <Card>
        <Result
          icon={<ToolOutlined aria-hidden />}
          title={<Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>{t('placeholder.title')}</Typography.Title>}
          subTitle={t('placeholder.lead')}
        >
          <Typography.Title level={3} style={{ fontSize: 16 }}>{t('placeholder.willDo')}</Typography.Title>
          <ul className="cchc-feature-list">
            {features.map((key) => <li key={key}>{t(key)}</li>)}
          </ul>
        </Result>
      </Card>
      {children}
    </>
  );
}
