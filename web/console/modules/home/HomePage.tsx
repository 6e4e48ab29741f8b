import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { errorText } from '../../../lib/errors.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { ChildrenTable } from '../regions/ChildrenTable.tsx';
import { useRegionDetail } from '../regions/queries.ts';
import { RegionCounts } from '../regions/RegionCounts.tsx';
import { levelLabel } from '../regions/region-labels.ts';
import { WelcomeCard } from './WelcomeCard.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const jurisdiction = useRegionDetail(me.region.code);
  const region = jurisdiction.data;

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
          {region.level < GRID_LEVEL && (
            <Card
              className="section-card"
              title={t('home.children', { level: levelLabel(t, region.level + 1) })}
              extra={(
                <Button type="link" icon={<ArrowRightOutlined />} iconPlacement="end" onClick={() => void navigate('/regions')} data-testid="home-open-regions">
                  {t('home.openRegions')}
                </Button>
              )}
            >
              <ChildrenTable items={region.children} onOpen={(code) => void navigate(`/regions/${code}`)} />
            </Card>
          )}
        </>
      )}
    </>
  );
}
