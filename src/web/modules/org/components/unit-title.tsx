import { Tag, Typography } from 'antd';
import type { OrgUnit } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { LEVEL_COLOURS } from '../utils/levels';

export type UnitTitleProps = { unit: OrgUnit; name: string; matched: boolean };

/** A tree node's title: name, code, level, and what it later became (when viewing a past date). */
export function UnitTitle({ unit, name, matched }: UnitTitleProps) {
  const { t } = useI18n();
  return (
    <span data-testid={`org-unit-${unit.code}`} className={matched ? 'cchc-unit-title' : 'cchc-unit-title cchc-unit-context'}>
      <span className="cchc-unit-name">{name}</span>
      <Typography.Text type="secondary" className="cchc-unit-code">{unit.code}</Typography.Text>
      <Tag color={LEVEL_COLOURS[unit.level]} variant="outlined">{t(`org.level.${unit.level}`)}</Tag>
      {unit.successorCodes.length > 0 && (
        <Tag color="orange">{t('org.becomes', { codes: unit.successorCodes.join(', ') })}</Tag>
      )}
    </span>
  );
}
