import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WarningPage } from '../../../../common/contracts/declarations.ts';
import type { WarningStatus } from '../vital-signs/terms.ts';

interface Props {
  counts: WarningPage['counts'] | undefined;
  loading: boolean;
  selected: WarningStatus | undefined;
  onSelect: (status: WarningStatus | undefined) => void;
}

const CARDS: { status: WarningStatus | undefined; color: string; icon: ReactNode }[] = [
  { status: 'overdue', color: 'stat-red', icon: <ExclamationCircleOutlined /> },
  { status: 'open', color: 'stat-cyan', icon: <ClockCircleOutlined /> },
  { status: 'verified', color: 'stat-green', icon: <CheckCircleOutlined /> },
  { status: undefined, color: 'stat-blue', icon: <UnorderedListOutlined /> },
];

/** 已超时 / 待核实 / 已核实 / 全部 over the whole filter; a click narrows the list to one (or all). */
export function WarningStats({ counts, loading, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const all = counts ? counts.open + counts.overdue + counts.verified : undefined;
  return (
    <Row gutter={[16, 16]} className="stat-row section-bottom">
      {CARDS.map(({ status, color, icon }) => {
        const value = status ? counts?.[status] : all;
        const danger = status === 'overdue' && (value ?? 0) > 0;
        return (
          <Col key={status ?? 'all'} xs={12} lg={6}>
            <Card
              hoverable
              className={`stat-card ${color}${selected === status ? ' stat-selected' : ''}${danger ? ' stat-danger' : ''}`}
              onClick={() => onSelect(status)}
              data-testid={`warnings-count-${status ?? 'all'}`}
              data-value={value ?? ''}
            >
              <span className="stat-icon">{icon}</span>
              <Statistic
                title={status ? t(`warnings.statusName.${status}`) : t('warnings.all')}
                value={value ?? 0}
                loading={loading && value === undefined}
                formatter={(v) => Number(v).toLocaleString(i18n.language)}
                styles={danger ? { content: { color: '#cf1322' } } : undefined}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
