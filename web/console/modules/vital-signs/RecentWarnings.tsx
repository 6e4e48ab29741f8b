import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarningView } from '../../../../common/contracts/declarations.ts';
import { ListError } from '../lists/ListError.tsx';
import { openableRow } from '../lists/table-rows.ts';
import { useWarningList } from '../warnings/queries.ts';
import { DeadlineCell, LevelTag, ReasonTags, WarningStatusTag } from '../warnings/WarningCells.tsx';
import { minTableWidth } from '../../ui/table-scroll.ts';

const FIRST_SIX = { current: 1, pageSize: 6 };

/** The first warnings of the list (overdue first, then by deadline), for a glance; a click opens one. */
export function RecentWarnings({ region, onOpen }: { region?: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const list = useWarningList({ region }, FIRST_SIX, 60_000);
  const columns: TableColumnsType<WarningView> = [
    { title: t('warnings.level'), dataIndex: 'level', width: 96, render: (_, w) => <LevelTag level={w.level} /> },
    { title: t('warnings.name'), dataIndex: 'name', width: 80 },
    { title: t('warnings.reasons'), dataIndex: 'reasons', render: (_, w) => <ReasonTags reasons={w.reasons} compact /> },
    { title: t('warnings.grid'), dataIndex: ['grid', 'name'], width: 150, ellipsis: true },
    { title: t('warnings.dueAt'), dataIndex: 'dueAt', width: 130, render: (_, w) => <DeadlineCell warning={w} /> },
    { title: t('warnings.status'), dataIndex: 'status', width: 84, render: (_, w) => <WarningStatusTag status={w.status} /> },
  ];
  return (
    <>
      <ListError error={list.error} />
      <Table<WarningView>
        rowKey="id"
        size="small"
        tableLayout="fixed"
        columns={columns}
        scroll={{ x: minTableWidth(columns) }}
        dataSource={list.data?.items ?? []}
        loading={list.isPending}
        pagination={false}
        rowClassName="clickable-row"
        onRow={(w) => openableRow('recent-warning-row', () => onOpen(w.id))}
        locale={{ emptyText: t('warnings.none') }}
        data-testid="recent-warnings"
      />
    </>
  );
}
