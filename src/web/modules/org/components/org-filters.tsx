import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Select } from 'antd';
import type { OrgLevel } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { ORG_LEVELS } from '../utils/levels';

export type OrgFiltersProps = {
  level?: OrgLevel;
  query: string;
  onLevelChange: (level: OrgLevel | undefined) => void;
  onQueryChange: (query: string) => void;
};

/** Level filter and a search box that ignores accents ("dong ba" finds "Đông Ba"). */
export function OrgFilters({ level, query, onLevelChange, onQueryChange }: OrgFiltersProps) {
  const { t } = useI18n();
  return (
    <Flex gap={16} wrap align="flex-end">
      <Flex vertical gap={4}>
        <label htmlFor="org-level" className="cchc-field-label">{t('org.level')}</label>
        <Select<OrgLevel>
          id="org-level"
          data-testid="org-level"
          style={{ width: 240 }}
          allowClear
          placeholder={t('org.allLevels')}
          value={level}
          onChange={(value) => onLevelChange(value ?? undefined)}
          options={ORG_LEVELS.map((code) => ({ value: code, label: t(`org.level.${code}`) }))}
        />
      </Flex>
      <Flex vertical gap={4} style={{ flex: '1 1 280px', maxWidth: 420 }}>
        <label htmlFor="org-search" className="cchc-field-label">{t('org.search')}</label>
        <Input
          id="org-search"
          data-testid="org-search"
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t('org.searchPlaceholder')}
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </Flex>
    </Flex>
  );
}
