import { Button, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { Ii06aFigure, Ii06aReport } from '../../../api/reports';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { MessageKey } from '../../i18n/utils/catalogs';
import { formatCount } from '../utils/format-figures';
import type { Ii06aLine } from '../utils/ii06a-layout';
import { II06A_LAYOUT, ii06aLines } from '../utils/ii06a-layout';

export type Ii06aTableProps = {
  report: Ii06aReport;
  /** A number was clicked: list the dossiers of `figure` for `field` (undefined = the total row). */
  onCell: (figure: Ii06aFigure, field: { code: string; name: string } | undefined) => void;
};

/** Form II.06a with its two-level header; rows by field and a total row; every number opens the dossiers behind it. */
export function Ii06aTable({ report, onCell }: Ii06aTableProps) {
  const { t, lang } = useI18n();
  const lines = useMemo(() => ii06aLines(report, t('statistics.ii06a.total')), [report, t]);
  const columns = useMemo<TableColumnsType<Ii06aLine>>(() => {
    const figureColumn = (figure: Ii06aFigure) => ({
      key: figure,
      title: t(`statistics.figure.${figure}` as MessageKey),
      dataIndex: figure,
      align: 'right' as const,
      width: 92,
      render: (value: number, line: Ii06aLine) => {
        const field = line.fieldCode === null ? undefined : { code: line.fieldCode, name: line.fieldName };
        const label = t('statistics.cellAria', {
          figure: t(`statistics.figureName.${figure}` as MessageKey), field: field?.name ?? t('statistics.allFields'), count: value,
        });
        return (
          <Button type="link" size="small" className="cchc-stats-cell" aria-label={label} title={label}
            data-testid={`ii06a-cell-${line.fieldCode ?? 'total'}-${figure}`} onClick={() => onCell(figure, field)}>
            {formatCount(value, lang)}
          </Button>
        );
      },
    });
    return [
      { key: 'index', title: t('statistics.ii06a.index'), dataIndex: 'index', width: 56, align: 'center', fixed: 'left' },
      {
        key: 'field', title: t('statistics.ii06a.field'), dataIndex: 'fieldName', width: 220, fixed: 'left',
        render: (name: string, line) => (line.fieldCode === null ? <strong>{name}</strong> : name),
      },
      ...II06A_LAYOUT.map((column) => (column.kind === 'figure' ? figureColumn(column.figure) : {
        key: column.group,
        title: t(`statistics.ii06a.group.${column.group}` as MessageKey),
        children: column.figures.map(figureColumn),
      })),
    ];
  }, [t, lang, onCell]);
  return (
    <Table<Ii06aLine>
      className="cchc-ii06a" size="small" bordered rowKey="key" columns={columns} dataSource={lines} pagination={false}
      scroll={{ x: 'max-content' }} rowClassName={(line) => (line.fieldCode === null ? 'cchc-ii06a-total' : '')}
      data-testid="ii06a-table"
    />
  );
}
