import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Result, Row, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { apiUrl, isApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { ancestorsWithin } from '../../../lib/region-path.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { ChildrenTable } from './ChildrenTable.tsx';
import { ImportLayerButton } from './ImportLayerButton.tsx';
import { useRegionDetail } from './queries.ts';
import { RegionBreadcrumb } from './RegionBreadcrumb.tsx';
import { RegionCounts } from './RegionCounts.tsx';
import { RegionInfo } from './RegionInfo.tsx';
import { RegionOutlineMap } from './RegionOutlineMap.tsx';
import { RegionTree } from './RegionTree.tsx';
import { levelLabel } from './region-labels.ts';

/** The region browser: the URL names the region, so the tree, the map and the table all just navigate. */
export function RegionsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const navigate = useNavigate();
  const code = useParams().code ?? me.region.code;
  const detail = useRegionDetail(code);
  const open = (target: string) => void navigate(`/regions/${target}`);
  const region = detail.data;
  // Open the way down to the region, and the region itself so its children show.
  const reveal = region?.code === code
    ? [...ancestorsWithin(code, me.region.code, region.chain), ...(region.level < GRID_LEVEL ? [code] : [])]
    : [];

  let main;
  if (detail.isError) {
    const status = isApiError(detail.error) && (detail.error.status === 403 || detail.error.status === 404) ? detail.error.status : 'error';
    main = (
      <Card className="regions-main">
        <Result
          status={status}
          title={errorText(t, detail.error)}
          extra={<Button type="primary" onClick={() => open(me.region.code)}>{t('regions.backToMine')}</Button>}
        />
      </Card>
    );
  } else if (!region) {
    main = <Card className="regions-main"><Skeleton active paragraph={{ rows: 10 }} /></Card>;
  } else {
    main = (
      <div className={detail.isPlaceholderData ? 'regions-main is-stale' : 'regions-main'}>
        <Card size="small" className="crumb-card"><RegionBreadcrumb chain={region.chain} scope={me.region.code} /></Card>
        <RegionCounts region={region} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={11} xxl={10}><RegionInfo region={region} /></Col>
          <Col xs={24} xl={13} xxl={14}><RegionOutlineMap region={region} onOpen={open} /></Col>
        </Row>
        {region.level < GRID_LEVEL && (
          <Card title={t('regions.children', { level: levelLabel(t, region.level + 1) })} extra={<span className="text-muted">{t('regions.childrenHint')}</span>}>
            <ChildrenTable items={region.children} onOpen={open} />
          </Card>
        )}
      </div>
    );
  }

  const actions = (
    <Space>
      {can('regions.export') && region && region.level < GRID_LEVEL && (
        <Button icon={<DownloadOutlined />} href={apiUrl('GET /api/regions/:code/export', { params: { code: region.code } })} download data-testid="export-layer">{t('regions.export')}</Button>
      )}
      {can('regions.import') && <ImportLayerButton />}
    </Space>
  );

  return (
    <>
      <PageTitle title={t('regions.title')} hint={t('regions.hint')} extra={actions} />
      <div className="regions-layout">
        <Card title={t('regions.tree')} className="regions-tree-card" size="small">
          <RegionTree root={me.region} selected={code} reveal={reveal} onSelect={open} />
        </Card>
        {main}
      </div>
    </>
  );
}
