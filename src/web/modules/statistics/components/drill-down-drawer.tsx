import { Alert, Drawer, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Ii06aCell, Ii06aCellItem, Ii06aFigure, Index766Cell, Index766CellItem } from '../../../api/reports';
import { getIi06aCell, getIndex766Cell } from '../../../api/reports';
import { useApi } from '../../../api/use-api';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { MessageKey } from '../../i18n/utils/catalogs';
import { formatCount, formatPercent } from '../utils/format-figures';

/** What a drawer lists: the dossiers behind an II.06a cell, or behind a Decision 766 sub-index of one unit. */
export type DrillTarget =
  | { kind: 'ii06a'; unit: string; from: string; to: string; figure: Ii06aFigure; field?: string; fieldName?: string }
  | { kind: '766'; unit: string; unitName: string; from: string; to: string; subIndex: string; name: string };

const PAGE_SIZE = 20;

export function drillKey(target: DrillTarget): string {
  return target.kind === 'ii06a' ? `ii06a:${target.unit}:${target.from}:${target.to}:${target.figure}:${target.field ?? ''}`
    : `766:${target.unit}:${target.from}:${target.to}:${target.subIndex}`;
}

/** A side panel with the counting rule on top and the dossiers behind a figure, paged by the server; codes open the dossier. */
export function DrillDownDrawer({ target, onClose }: { target: DrillTarget | undefined; onClose: () => void }) {
  const { t } = useI18n();
  const title = !target ? '' : target.kind === 'ii06a'
    ? `${t(`statistics.figureName.${target.figure}` as MessageKey)} — ${target.fieldName ?? t('statistics.allFields')}`
    : `${target.subIndex} ${target.name} — ${target.unitName}`;
  return (
    <Drawer open={target !== undefined} onClose={onClose} size="min(1120px, 100vw)" title={title} destroyOnHidden>
      {target && (
        <div data-testid="stats-drawer">
          {target.kind === 'ii06a' ? <Ii06aCellList key={drillKey(target)} target={target} /> : <Index766CellList key={drillKey(target)} target={target} />}
        </div>
      )}
    </Drawer>
  );
}

function ScopeLine({ unit, from, to, total }: { unit: string; from: string; to: string; total: number | undefined }) {
  const { t, formatDate, lang } = useI18n();
  return (
    <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary">{t('statistics.drawer.scope', { unit, from: formatDate(from), to: formatDate(to) })}</Typography.Text>
      {total !== undefined && <Typography.Text strong data-testid="stats-drawer-total">{t('statistics.drawer.count', { total: formatCount(total, lang) })}</Typography.Text>}
    </Flex>
  );
}

function Ii06aCellList({ target }: { target: Extract<DrillTarget, { kind: 'ii06a' }> }) {
  const { t, tOr, lang, formatDate } = useI18n();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const cell = useApi((signal) => getIi06aCell({ unit: target.unit, from: target.from, to: target.to, figure: target.figure, field: target.field, page, pageSize: PAGE_SIZE }, signal), [page]);
  const data: Ii06aCell | undefined = cell.data;
  const columns: TableColumnsType<Ii06aCellItem> = [
    { key: 'code', title: t('statistics.drawer.code'), render: (_, item) => <Link to={`/dossiers/${item.id}`} className="cchc-mono" data-testid="stats-drawer-code">{item.code}</Link> },
    { key: 'procedure', title: t('statistics.drawer.procedure'), dataIndex: 'procedureCode', render: (code: string) => <span className="cchc-mono">{code}</span> },
    { key: 'unit', title: t('statistics.drawer.unit'), dataIndex: 'unitCode' },
    { key: 'channel', title: t('statistics.drawer.channel'), dataIndex: 'channel', render: (c: string) => tOr(`dossiers.channel.${c}`, c) },
    { key: 'received', title: t('statistics.drawer.received'), dataIndex: 'receivedDate', render: (d: string | null) => formatDate(d) },
    {
      key: 'due', title: t('statistics.drawer.due'), render: (_, item) => (
        <>{formatDate(item.dueDate)}{item.extended && <Tag color="gold" style={{ marginLeft: 4 }}>{t('statistics.drawer.extended')}</Tag>}</>
      ),
    },
    { key: 'ended', title: t('statistics.drawer.ended'), dataIndex: 'endDate', render: (d: string | null) => formatDate(d) },
    {
      key: 'result', title: t('statistics.drawer.result'), render: (_, item) => (
        <>
          {item.endClass && <Tag color={item.endClass === 'late' ? 'red' : 'green'}>{tOr(`statistics.endClass.${item.endClass}`, item.endClass)}</Tag>}
          {item.endKind && item.endKind !== 'resolved' && <Tag>{tOr(`statistics.endKind.${item.endKind}`, item.endKind)}</Tag>}
          {!item.endClass && item.stateAtPeriodEnd && (
            <Tag color={item.stateAtPeriodEnd === 'overdue' ? 'red' : 'blue'}>{tOr(`statistics.state.${item.stateAtPeriodEnd}`, item.stateAtPeriodEnd)}</Tag>
          )}
        </>
      ),
    },
    { key: 'status', title: t('statistics.drawer.status'), dataIndex: 'status', render: (s: string) => tOr(`dossiers.status.${s}`, s) },
  ];
  return (
    <>
      {data && <Alert type="info" showIcon title={t('statistics.drawer.rule')} description={lang === 'vi' ? data.rule.vi : data.rule.en} style={{ marginBottom: 12 }} data-testid="stats-drawer-rule" />}
      <ScopeLine unit={target.unit} from={target.from} to={target.to} total={data?.total} />
      {cell.error !== undefined && <ErrorAlert message={errorText(cell.error)} retry={{ label: t('common.retry'), onClick: cell.reload }} />}
      <Table<Ii06aCellItem>
        size="small" rowKey="id" columns={columns} dataSource={data?.items ?? []} loading={cell.loading}
        locale={{ emptyText: t('statistics.drawer.empty') }} scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, showSizeChanger: false, onChange: setPage, hideOnSinglePage: true }}
      />
    </>
  );
}

function Index766CellList({ target }: { target: Extract<DrillTarget, { kind: '766' }> }) {
  const { t, tOr, lang, formatDate } = useI18n();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const cell = useApi((signal) => getIndex766Cell({ unit: target.unit, from: target.from, to: target.to, subIndex: target.subIndex, page, pageSize: PAGE_SIZE }, signal), [page]);
  const data: Index766Cell | undefined = cell.data;
  const s = data?.subIndex;
  const columns: TableColumnsType<Index766CellItem> = [
    {
      key: 'code', title: t('statistics.drawer.code'), width: 190, render: (_, item) => (item.dossierId && item.code
        ? <Link to={`/dossiers/${item.dossierId}`} className="cchc-mono cchc-break" data-testid="stats-drawer-code">{item.code}</Link>
        : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      key: 'procedure', title: t('statistics.drawer.procedure'), width: 240, ellipsis: { showTitle: false },
      render: (_, item) => <span title={item.procedureName}><span className="cchc-mono">{item.procedureCode}</span> {item.procedureName}</span>,
    },
    { key: 'received', title: t('statistics.drawer.received'), width: 100, dataIndex: 'receivedOn', render: (d: string | null) => formatDate(d) },
    { key: 'due', title: t('statistics.drawer.due'), width: 100, dataIndex: 'dueOn', render: (d: string | null) => formatDate(d) },
    {
      key: 'ended', title: t('statistics.drawer.ended'), width: 110, render: (_, item) => (item.endedOn ? formatDate(item.endedOn)
        : item.openAtEnd ? <Tag color={item.openAtEnd === 'overdue' ? 'red' : 'blue'}>{tOr(`statistics.state.${item.openAtEnd}`, item.openAtEnd)}</Tag> : ''),
    },
    { key: 'effect', title: t('statistics.drawer.effect'), width: 130, dataIndex: 'effect', render: (e: string) => <Tag color={e === 'lowers' ? 'red' : 'green'}>{tOr(`statistics.effect.${e}`, e)}</Tag> },
    { key: 'reason', title: t('statistics.drawer.reason'), render: (_, item) => (lang === 'vi' ? item.reason : item.reasonEn) },
  ];
  return (
    <>
      {s && (
        <Alert type={s.status === 'na' ? 'warning' : 'info'} showIcon style={{ marginBottom: 12 }} data-testid="stats-drawer-rule"
          title={`${lang === 'vi' ? s.name : s.nameEn}: ${s.status === 'na' ? t('statistics.i766.na') : formatPercent(s.rate, lang)}`}
          description={s.status === 'na' ? (lang === 'vi' ? s.reason : s.reasonEn)
            : `${formatCount(s.numerator, lang)} / ${formatCount(s.denominator, lang)}`} />
      )}
      <ScopeLine unit={target.unit} from={target.from} to={target.to} total={data?.total} />
      {cell.error !== undefined && <ErrorAlert message={errorText(cell.error)} retry={{ label: t('common.retry'), onClick: cell.reload }} />}
      <Table<Index766CellItem>
        size="small" rowKey={(item) => `${item.kind}:${item.dossierId ?? item.procedureCode}`} columns={columns} dataSource={data?.items ?? []}
        loading={cell.loading} locale={{ emptyText: t('statistics.drawer.empty') }} tableLayout="fixed" scroll={{ x: 1000 }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, showSizeChanger: false, onChange: setPage, hideOnSinglePage: true }}
      />
    </>
  );
}
