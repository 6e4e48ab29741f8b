import { ClockCircleOutlined, SafetyCertificateOutlined, TeamOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkerStatusPage } from '../../../../common/contracts/field.ts';
import type { WorkerStatus } from '../field/labels.ts';

interface Props {
  counts: WorkerStatusPage['counts'] | undefined;
  loading: boolean;
  /** The status the table is narrowed to; clicking a card narrows to (or releases) it. */
  selected: WorkerStatus | undefined;
  onSelect: (status: WorkerStatus | undefined) => void;
}

const CARDS: { status: WorkerStatus | undefined; color: string; icon: ReactNode }[] = [
  { status: undefined, color: 'stat-blue', icon: <TeamOutlined /> },
  { status: 'on_duty', color: 'stat-green', icon: <SafetyCertificateOutlined /> },
  { status: 'active_today', color: 'stat-cyan', icon: <UserSwitchOutlined /> },
  { status: 'inactive', color: 'stat-orange', icon: <ClockCircleOutlined /> },
];

/** Counts over the whole region filter (not just the page), as the server reports them. */
export function WorkerStats({ counts, loading, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const total = counts ? counts.on_duty + counts.active_today + counts.inactive : undefined;
  return (
    <Row gutter={[16, 16]} className="stat-row section-bottom">
      {CARDS.map(({ status, color, icon }) => {
        const value = status ? counts?.[status] : total;
        const active = selected === status;
        return (
          <Col key={status ?? 'all'} xs={12} lg={6}>
            <Card
              hoverable
              className={`stat-card ${color}${active ? ' stat-selected' : ''}`}
              onClick={() => onSelect(status)}
              data-testid={`workers-count-${status ?? 'all'}`}
            >
              <span className="stat-icon">{icon}</span>
              <Statistic
                title={status ? t(`workers.statusName.${status}`) : t('workers.allWorkers')}
                value={value ?? 0}
                loading={loading && value === undefined}
                formatter={(v) => Number(v).toLocaleString(i18n.language)}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
