import { Card, Flex, Typography } from 'antd';
import { useCallback, useDeferredValue, useMemo } from 'react';
import type { OrgUnit } from '../../../api/types';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { useOrgParams } from '../hooks/use-org-params';
import { useOrgUnits } from '../hooks/use-org-units';
import { buildUnitTree } from '../utils/build-unit-tree';
import { AsOfPicker } from './as-of-picker';
import { OrgFilters } from './org-filters';
import { OrgTree } from './org-tree';
import { UnitDrawer } from './unit-drawer';

/** Units valid on a date, as a tree, with filters and a history panel; state is kept in the URL. */
export function OrgBrowser() {
  const { t, lang, collator } = useI18n();
  const errorText = useErrorText();
  const [params, update] = useOrgParams();
  const query = useDeferredValue(params.q);
  const units = useOrgUnits(params.asOf);

  const displayName = useCallback((unit: OrgUnit) => (lang === 'en' && unit.nameEn ? unit.nameEn : unit.name), [lang]);
  const tree = useMemo(
    () => buildUnitTree(units.data ?? [], { level: params.level, query, displayName, collator }),
    [units.data, params.level, query, displayName, collator],
  );
  const filtering = Boolean(params.level || query.trim());

  return (
    <>
      <Card>
        <Flex vertical gap={16}>
          <AsOfPicker value={params.asOf} onChange={(asOf) => update({ asOf })} />
          <OrgFilters
            level={params.level}
            query={params.q}
            onLevelChange={(level) => update({ level })}
            onQueryChange={(q) => update({ q }, { replace: true })}
          />
        </Flex>
      </Card>
      <Card style={{ marginTop: 16 }} loading={units.loading && !units.data}>
        {units.error !== undefined && (
          <ErrorAlert message={errorText(units.error)} retry={{ label: t('common.retry'), onClick: units.reload }} />
        )}
        <Typography.Paragraph role="status" aria-live="polite" type="secondary">
          {units.loading ? t('common.loading')
            : filtering ? t('org.matchCount', { count: tree.matchCount, total: units.data?.length ?? 0 })
              : t('org.unitCount', { count: units.data?.length ?? 0 })}
        </Typography.Paragraph>
        {units.data && (
          <OrgTree
            key={`${params.asOf}|${params.level ?? ''}|${query}`}
            tree={tree}
            displayName={displayName}
            selectedId={params.unit}
            onSelect={(unit) => update({ unit })}
          />
        )}
      </Card>
      <UnitDrawer
        unitId={params.unit}
        asOf={params.asOf}
        inTree={Boolean(params.unit && units.data?.some((unit) => unit.id === params.unit))}
        onClose={() => update({ unit: undefined })}
        onOpenUnit={(unit) => update({ unit })}
        onShowOn={(asOf, unit) => update({ asOf, unit, level: undefined, q: undefined })}
      />
    </>
  );
}
