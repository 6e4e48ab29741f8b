import { Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarningView } from '../../../../common/contracts/declarations.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { DeadlineCell, formatMinutes, LevelTag, OutcomeTag, ReasonTags, Temperature, WarningStatusTag } from './WarningCells.tsx';
import { ListTable } from '../lists/ListTable.tsx';
import type { ListState } from '../lists/use-list.ts';

interface Props {
  list: ListState<'GET /api/warnings'>;
  onOpen: (warning: WarningView) => void;
}

/** A temperature reason means the reading itself was high. */
export function hasHighTemperature(w: WarningView): boolean {
  return w.reasons.includes('temperature') || w.reasons.includes('high_temperature');
}

export function WarningTable({ list, onOpen }: Props) {
  const { t } = useTranslation();
  const now = Date.now();
  const none = <span className="text-muted">{t('common.none')}</span>;
  const columns: TableColumnsType<WarningView> = [
    { title: t('warnings.level'), dataIndex: 'level', width: 96, fixed: 'start', render: (_, w) => <LevelTag level={w.level} /> },
    {
      title: `${t('warnings.name')} / ${t('warnings.phone')}`, dataIndex: 'name', width: 106, fixed: 'start',
      render: (_, w) => <><div data-testid="warning-name">{w.name}</div><div className="cell-sub mono">{w.phoneMasked}</div></>,
    },
    { title: t('warnings.reasons'), dataIndex: 'reasons', render: (_, w) => <ReasonTags reasons={w.reasons} /> },
    {
      title: t('warnings.tempCount'), dataIndex: 'maxTemperature', width: 92,
      render: (_, w) => (
        <>
          <div><Temperature value={w.maxTemperature} high={hasHighTemperature(w)} /></div>
          <div className="cell-sub">{t('warnings.declarationCount', { count: w.declarationCount })}</div>
        </>
      ),
    },
    {
      title: t('warnings.place'), key: 'place', width: 150, ellipsis: { showTitle: false },
      render: (_, w) => (
        <Tooltip title={`${w.checkpoint.name} · ${w.grid.name}`}>
          <div className="cell-ellipsis">{w.checkpoint.name}</div>
          <div className="cell-sub cell-ellipsis">{w.grid.name}</div>
        </Tooltip>
      ),
    },
    { title: t('warnings.firstDeclaredAt'), dataIndex: 'firstDeclaredAt', width: 140, render: (at: string) => formatDateTime(at) },
    { title: t('warnings.dueAt'), dataIndex: 'dueAt', width: 140, render: (_, w) => <DeadlineCell warning={w} now={now} /> },
    { title: t('warnings.status'), dataIndex: 'status', width: 76, render: (_, w) => <WarningStatusTag status={w.status} /> },
    {
      title: t('warnings.verifierTime'), key: 'verifier', width: 100,
      render: (_, w) => (w.verifiedBy
        ? <><div className="cell-ellipsis">{w.verifiedBy}</div><div className="cell-sub">{w.minutesToVerify !== null ? formatMinutes(t, w.minutesToVerify) : ''}</div></>
        : none),
    },
    { title: t('warnings.outcome'), dataIndex: 'outcome', width: 100, render: (_, w) => <OutcomeTag outcome={w.outcome} /> },
  ];
  return (
    <ListTable
      list={list}
      columns={columns}
      scrollX={1120}
      testId="warnings-table"
      rows={{ testId: 'warning-row', onOpen, className: (w) => (w.status === 'overdue' ? 'warning-row-overdue' : undefined) }}
      totalKey="warnings.total"
      emptyText={t('warnings.none')}
    />
  );
}
