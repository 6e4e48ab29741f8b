import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HouseholdView, PersonView, VisitView } from '../../../../common/contracts/field.ts';
import type { VisitOutcome } from '../../../../common/field/vocabulary.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ageText } from '../field/age.ts';
import { term } from '../field/labels.ts';
import { useHouseholdDetail } from './queries.ts';
import { GridName } from '../../ui/GridName.tsx';
import { RecordDrawer, RecordFacts } from '../../ui/RecordDrawer.tsx';
import { minTableWidth } from '../../ui/table-scroll.ts';

const OUTCOME_COLORS: Record<VisitOutcome, string> = {
  normal: 'success', not_home: 'default', needs_follow_up: 'warning', abnormal_reported: 'error', refused: 'volcano',
};

interface Props {
  /** The household to show; null: closed. */
  id: string | null;
  onClose: () => void;
}

/** A household with its members (masked, each a link to the person) and its visits, newest first. */
export function HouseholdDrawer({ id, onClose }: Props) {
  const { t } = useTranslation();
  const detail = useHouseholdDetail(id);
  return (
    <RecordDrawer
      open={id !== null}
      onClose={onClose}
      size={760}
      title={detail.data?.household.address ?? t('households.detailTitle')}
      testId="household-drawer"
      query={detail}
    >
      {(data) => (
        <>
          <HouseholdFacts household={data.household} />
          <h3 className="section-title">{t('households.membersTitle', { count: data.members.length })}</h3>
          <MembersTable members={data.members} />
          <h3 className="section-title">{t('households.visitsTitle', { count: data.visits.length })}</h3>
          <VisitsTable visits={data.visits} />
        </>
      )}
    </RecordDrawer>
  );
}

/** The household's own facts; `compact` (one column) where it sits beside other content. */
export function HouseholdFacts({ household: h, compact = false }: { household: HouseholdView; compact?: boolean }) {
  const { t } = useTranslation();
  const none = <span className="text-muted">{t('common.none')}</span>;
  const wide = compact ? 1 : 2;
  return (
    <RecordFacts
      compact={compact}
      testId="household-facts"
      items={[
        { key: 'address', label: t('households.address'), children: h.address, span: wide },
        { key: 'grid', label: t('field.grid'), children: <GridName grid={h.grid} />, span: wide },
        { key: 'members', label: t('households.members'), children: h.memberCount },
        { key: 'lastVisit', label: t('households.lastVisit'), children: h.lastVisitAt ? formatDateTime(h.lastVisitAt) : <span className="text-muted">{t('households.neverVisited')}</span> },
        { key: 'coordinates', label: t('field.coordinates'), children: h.lon !== null && h.lat !== null ? <span className="mono">{h.lon.toFixed(6)}, {h.lat.toFixed(6)}</span> : none },
        { key: 'createdAt', label: t('field.registeredAt'), children: formatDateTime(h.createdAt) },
        { key: 'note', label: t('households.note'), children: h.note ?? none, span: wide },
      ]}
    />
  );
}

function MembersTable({ members }: { members: PersonView[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<PersonView> = [
    { title: t('persons.name'), dataIndex: 'name', width: 110, render: (name: string, p) => <Link to={`/persons/${p.id}`} data-testid="household-member-link">{name}</Link> },
    { title: t('persons.relation'), dataIndex: 'relation', width: 100, render: (r: string | null) => term(t, 'relation', r) },
    { title: t('persons.sex'), dataIndex: 'sex', width: 60, render: (s: string | null) => term(t, 'sex', s) },
    { title: t('personAge.column'), dataIndex: 'birthYear', width: 80, render: (year: number | null) => ageText(t, year) },
    { title: t('persons.idNumber'), dataIndex: 'idNumberMasked', render: (v: string | null) => <span className="mono">{v}</span> },
    { title: t('persons.phone'), dataIndex: 'phoneMasked', width: 120, render: (v: string | null) => <span className="mono">{v}</span> },
  ];
  return (
    <Table<PersonView>
      rowKey="id"
      size="small"
      columns={columns}
      scroll={{ x: minTableWidth(columns) }}
      dataSource={members}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('households.noMembers')} /> }}
      data-testid="household-members"
    />
  );
}

function VisitsTable({ visits }: { visits: VisitView[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<VisitView> = [
    { title: t('households.visitedAt'), dataIndex: 'visitedAt', width: 140, render: (at: string) => formatDateTime(at) },
    { title: t('households.outcome'), dataIndex: 'outcome', width: 140, render: (o: VisitOutcome) => <Tag color={OUTCOME_COLORS[o]}>{term(t, 'visitOutcome', o)}</Tag> },
    { title: t('households.metCount'), dataIndex: 'metCount', width: 80, align: 'right' },
    { title: t('households.worker'), dataIndex: 'workerName', width: 150, render: (name: string) => <Typography.Text ellipsis={{ tooltip: name }}>{name}</Typography.Text> },
    { title: t('households.note'), dataIndex: 'note', render: (note: string | null) => <Typography.Text ellipsis={{ tooltip: note }}>{note}</Typography.Text> },
  ];
  return (
    <Table<VisitView>
      rowKey="id"
      size="small"
      tableLayout="fixed"
      columns={columns}
      scroll={{ x: minTableWidth(columns) }}
      dataSource={visits}
      pagination={visits.length > 10 ? { pageSize: 10, size: 'small' } : false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('households.noVisits')} /> }}
      data-testid="household-visits"
    />
  );
}
