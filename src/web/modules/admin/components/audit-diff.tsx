import { Flex } from 'antd';
import { useMemo } from 'react';
import type { AuditEntry } from '../../../api/types';
import { JsonView } from '../../../ui/json-view';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { changedKeys } from '../utils/changed-keys';

/** Before and after of one audited change, side by side, changed fields marked. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const changed = useMemo(() => changedKeys(entry.before, entry.after), [entry]);
  return (
    <Flex gap={16} wrap>
      <JsonView label={t('audit.before')} value={entry.before} emptyText={t('audit.nothing')} highlight={changed} />
      <JsonView label={t('audit.after')} value={entry.after} emptyText={t('audit.nothing')} highlight={changed} />
    </Flex>
  );
}
