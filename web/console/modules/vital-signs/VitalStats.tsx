import {
  AlertOutlined, ClockCircleOutlined, ExclamationCircleOutlined, FireOutlined, SolutionOutlined, StopOutlined,
} from '@ant-design/icons';
import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationDaily, DeclarationDay } from '../../../../common/contracts/declarations.ts';
import type { WarningFilters } from '../warnings/queries.ts';

interface Props {
  daily: DeclarationDaily | undefined;
  loading: boolean;
  /** The day the first four cards count (the range's last), and whether that is today. */
  day: string;
  isToday: boolean;
  /** Opens the warning list narrowed to a status or to the day they were raised. */
  onOpenWarnings: (narrowing: WarningNarrowing) => void;
}

export type WarningNarrowing = Pick<WarningFilters, 'status' | 'from' | 'to'>;

type DayCount = 'declarations' | 'stops' | 'feverTemperatures' | 'warningsRaised';

interface StatCard {
  name: string;
  color: string;
  icon: ReactNode;
  title: string;
  value: number | undefined;
  sub?: ReactNode;
  danger?: boolean;
  onClick?: () => void;
}

function total(days: readonly DeclarationDay[], key: DayCount): number {
  return days.reduce((sum, d) => sum + d[key], 0);
}

/**
 * The figures of the last day of the range (today, usually) with the range's total under each,
 * and the warnings waiting right now; the overdue count is red. The warning cards open the list.
 */
export function VitalStats({ daily, loading, day, isToday, onOpenWarnings }: Props) {
  const { t, i18n } = useTranslation();
  const days = daily?.days ?? [];
  const last = days.find((d) => d.day === day);
  const dayName = isToday ? t('vital.today') : day.slice(5);
  const rangeTotal = (key: DayCount) => (daily ? t('vital.rangeTotal', { n: total(days, key).toLocaleString(i18n.language) }) : null);
  const open = daily?.openWarnings;

  const cards: StatCard[] = [
    {
      name: 'declarations', color: 'stat-blue', icon: <SolutionOutlined />, title: t('vital.stat.declarations', { day: dayName }), value: last?.declarations,
      sub: last ? t('vital.inOut', { entering: last.entering, leaving: last.leaving }) : null,
    },
    { name: 'stops', color: 'stat-orange', icon: <StopOutlined />, title: t('vital.stat.stops', { day: dayName }), value: last?.stops, sub: rangeTotal('stops') },
    { name: 'fever', color: 'stat-red', icon: <FireOutlined />, title: t('vital.stat.fever', { day: dayName }), value: last?.feverTemperatures, sub: rangeTotal('feverTemperatures') },
    {
      name: 'warnings', color: 'stat-purple', icon: <AlertOutlined />, title: t('vital.stat.warnings', { day: dayName }), value: last?.warningsRaised,
      sub: rangeTotal('warningsRaised'), onClick: () => onOpenWarnings({ from: day, to: day }),
    },
    {
      name: 'open', color: 'stat-cyan', icon: <ClockCircleOutlined />, title: t('vital.stat.open'), value: open,
      sub: t('vital.nowHint'), onClick: () => onOpenWarnings({ status: 'open' }),
    },
    {
      name: 'overdue', color: 'stat-red', icon: <ExclamationCircleOutlined />, title: t('vital.stat.overdue'), value: daily?.overdueWarnings,
      sub: t('vital.nowHint'), danger: (daily?.overdueWarnings ?? 0) > 0, onClick: () => onOpenWarnings({ status: 'overdue' }),
    },
  ];

  return (
    <Row gutter={[16, 16]} className="stat-row section-bottom">
      {cards.map((c) => (
        <Col key={c.name} xs={12} md={8} xl={4}>
          <Card
            hoverable={c.onClick !== undefined}
            className={`stat-card vital-stat ${c.color}${c.onClick ? '' : ' stat-static'}${c.danger ? ' stat-danger' : ''}`}
            onClick={c.onClick}
            data-testid={`vital-stat-${c.name}`}
            data-value={c.value ?? ''}
          >
            <span className="stat-icon">{c.icon}</span>
            <div className="vital-stat-body">
              <Statistic
                title={c.title}
                value={c.value ?? 0}
                loading={loading && c.value === undefined}
                formatter={(v) => Number(v).toLocaleString(i18n.language)}
                styles={c.danger ? { content: { color: '#cf1322' } } : undefined}
              />
              {c.sub && <div className="vital-stat-sub">{c.sub}</div>}
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
