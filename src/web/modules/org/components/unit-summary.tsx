import { Descriptions, Tag } from 'antd';
import type { OrgUnitDetail } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { LEVEL_COLOURS } from '../utils/levels';
import type { Lineage } from '../utils/lineage';
import { UnitLink, UnitLinks } from './unit-link';

export type UnitSummaryProps = { detail: OrgUnitDetail; lineage: Lineage; onOpenUnit: (id: string) => void };

/** Code, names, level, kind, validity, current parent, predecessors and successors. */
export function UnitSummary({ detail, lineage, onOpenUnit }: UnitSummaryProps) {
  const { t, tOr, formatDate } = useI18n();
  const { unit } = detail;
  const parent = detail.parents.find((entry) => entry.parentId === unit.parentId)
    ?? detail.parents.find((entry) => entry.parentCode === unit.parentCode);
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'code', label: t('org.code'), children: <code>{unit.code}</code> },
        { key: 'name', label: t('org.nameVi'), children: <span lang="vi">{unit.name}</span> },
        { key: 'nameEn', label: t('org.nameEn'), children: unit.nameEn ? <span lang="en">{unit.nameEn}</span> : t('common.none') },
        { key: 'level', label: t('org.level'), children: <Tag color={LEVEL_COLOURS[unit.level]}>{t(`org.level.${unit.level}`)}</Tag> },
        { key: 'kind', label: t('org.kind'), children: unit.kind ? tOr(`org.kind.${unit.kind}`, unit.kind) : t('common.none') },
        { key: 'valid', label: t('org.validity'), children: t('org.fromTo', { from: formatDate(unit.validFrom), to: unit.validTo ? formatDate(unit.validTo) : t('org.present') }) },
        {
          key: 'parent', label: t('org.parent'),
          children: parent ? <UnitLink unit={{ id: parent.parentId, code: parent.parentCode, name: parent.parentName }} onOpen={onOpenUnit} />
            : unit.parentCode ?? t('common.none'),
        },
        { key: 'pred', label: t('org.predecessors'), children: <UnitLinks units={lineage.predecessors} onOpen={onOpenUnit} emptyText={t('common.none')} /> },
        { key: 'succ', label: t('org.successors'), children: <UnitLinks units={lineage.successors} onOpen={onOpenUnit} emptyText={t('common.none')} /> },
      ]}
    />
  );
}
