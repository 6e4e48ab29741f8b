import { ApartmentOutlined, AppstoreOutlined, BankOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionDetail } from '../../../../common/contracts/regions.ts';

const LEVELS: { level: number; key: keyof RegionDetail['counts']; icon: ReactNode; tone: string }[] = [
  { level: 2, key: 'districts', icon: <BankOutlined />, tone: 'blue' },
  { level: 3, key: 'streets', icon: <ApartmentOutlined />, tone: 'cyan' },
  { level: 4, key: 'communities', icon: <HomeOutlined />, tone: 'green' },
  { level: 5, key: 'grids', icon: <AppstoreOutlined />, tone: 'orange' },
];

function StatCard({ title, value, icon, tone, testId }: { title: string; value: number; icon: ReactNode; tone: string; testId: string }) {
  return (
    <Card className={`stat-card stat-${tone}`} data-testid={testId}>
      <div className="stat-icon">{icon}</div>
      <Statistic title={title} value={value} />
    </Card>
  );
}

/** How many regions of each level lie inside (only the levels below this one), and its population. */
export function RegionCounts({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  const cards = LEVELS.filter((l) => l.level > region.level).map((l) => (
    <StatCard key={l.key} title={t(`level.${l.level}`)} value={region.counts[l.key]} icon={l.icon} tone={l.tone} testId={`count-${l.key}`} />
  ));
  if (region.population !== null) {
    cards.push(<StatCard key="population" title={t('regions.population')} value={region.population} icon={<TeamOutlined />} tone="purple" testId="count-population" />);
  }
  return (
    <Row gutter={[16, 16]} className="stat-row">
      {cards.map((card) => <Col key={card.key} flex="1 1 160px">{card}</Col>)}
    </Row>
  );
}
