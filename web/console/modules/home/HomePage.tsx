import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { errorText } from '../../../lib/errors.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { ChildrenTable } from '../regions/ChildrenTable.tsx';
import { useRegionDetail } from '../regions/queries.ts';
import { RegionCounts } from '../regions/RegionCounts.tsx';
import { RegionInfo } from '../regions/RegionInfo.tsx';
import { RegionOutlineMap } from '../regions/RegionOutlineMap.tsx';
import { levelLabel } from '../regions/region-labels.ts';
import { WelcomeCard } from './WelcomeCard.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const jurisdiction = useRegionDetail(me.region.code);
  const region = jurisdiction.data;
  const open = (code: string) => void navigate(`/regions/${code}`);

  return (
    <>
      <PageTitle title={t('home.title')} />
      <WelcomeCard />
      <h2 className="section-title">{t('home.jurisdiction', { name: me.region.name })}</h2>
      {jurisdiction.isError && <Card><Empty description={errorText(t, jurisdiction.error)} /></Card>}
      {!jurisdiction.isError && !region && <Card><Skeleton active /></Card>}
      {region && (
        <>
          <RegionCounts region={region} />
          <Row gutter={[16, 16]} className="section-row">
            {region.level < GRID_LEVEL && (
              <Col xs={24} xl={15}>
                <Card
                  className="fill-card"
                  title={t('home.children', { level: levelLabel(t, region.level + 1) })}
                  extra={(
                    <Button type="link" icon={<ArrowRightOutlined />} iconPlacement="end" onClick={() => open(region.code)} data-testid="home-open-regions">
                      {t('home.openRegions')}
                    </Button>
                  )}
                >
                  <ChildrenTable items={region.children} onOpen={open} />
                </Card>
              </Col>
            )}
            {region.level >= GRID_LEVEL && <Col xs={24} xl={10}><RegionInfo region={region} /></Col>}
            <Col xs={24} xl={region.level < GRID_LEVEL ? 9 : 14}>
              <RegionOutlineMap region={region} onOpen={open} />
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
