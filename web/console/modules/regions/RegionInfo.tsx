import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegionDetail } from '../../../../common/contracts/regions.ts';
import { formatCount } from '../../../lib/format.ts';
import { kindLabel, levelLabel } from './region-labels.ts';

export function RegionInfo({ region }: { region: RegionDetail }) {
  const { t, i18n } = useTranslation();
  const none = <span className="text-muted">{t('common.none')}</span>;
  const items = [
    { key: 'name', label: t('regions.name'), children: <strong>{region.name}</strong> },
    { key: 'code', label: t('regions.code'), children: <span className="mono">{region.code}</span> },
    { key: 'level', label: t('regions.level'), children: <Tag color="blue">{levelLabel(t, region.level)}</Tag> },
    { key: 'kind', label: t('regions.kind'), children: kindLabel(t, region.kind) || none },
    { key: 'officialCode', label: t('regions.officialCode'), children: region.officialCode ? <span className="mono">{region.officialCode}</span> : none },
    { key: 'population', label: t('regions.population'), children: region.population === null ? none : formatCount(region.population, i18n.language) },
    {
      key: 'centroid',
      label: t('regions.centroid'),
      // Written as E/N degrees on two lines: the pair stays readable in a narrow column.
      children: region.centroid
        ? <span className="mono">E {region.centroid[0].toFixed(5)}°<br />N {region.centroid[1].toFixed(5)}°</span>
        : none,
    },
  ];
  return (
    <Card title={t('regions.info')} className="fill-card" styles={{ body: { padding: 16 } }} data-testid="region-info">
      <Descriptions column={1} size="small" bordered items={items} styles={{ label: { whiteSpace: 'nowrap' } }} />
    </Card>
  );
}
