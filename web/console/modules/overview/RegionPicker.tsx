import { EnvironmentOutlined } from '@ant-design/icons';
import { Breadcrumb, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { regionCrumbs } from '../../../lib/region-path.ts';
import { useRegionDetail } from '../regions/queries.ts';
import { levelLabel } from '../regions/region-labels.ts';
import type { Drill } from './use-view.ts';
import './region-picker.css';

interface Props {
  region: string;
  /** The user's own region: the breadcrumb starts there, never above. */
  scope: string;
  drill: Drill;
}

/**
 * Where the overview stands: the way from the user's region down to the viewed one (each step
 * climbs back), and a pick of the regions one level down.
 */
export function RegionPicker({ region, scope, drill }: Props) {
  const { t } = useTranslation();
  const detail = useRegionDetail(region).data;
  const crumbs = detail ? regionCrumbs(detail.chain, scope).filter((c) => c.navigable) : [];
  const items = crumbs.map((crumb, index) => {
    const name = <>{index === 0 && <EnvironmentOutlined />} {crumb.name}</>;
    return {
      key: crumb.code,
      title: crumb.current
        ? <span className="crumb-current" data-testid={`overview-crumb-${crumb.code}`}>{name}</span>
        : <Link to={drill.href(crumb.code)} data-testid={`overview-crumb-${crumb.code}`}>{name}</Link>,
    };
  });
  const children = detail?.code === region ? detail.children : [];
  return (
    <div className="region-picker">
      <Breadcrumb items={items} className="region-breadcrumb" data-testid="overview-breadcrumb" />
      {detail && detail.level < GRID_LEVEL && (
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          value={null}
          placeholder={t('overview.pickChild', { level: levelLabel(t, detail.level + 1) })}
          options={children.map((c) => ({ value: c.code, label: c.name }))}
          onChange={(code: string | null) => code && drill.show(code)}
          style={{ width: 220 }}
          data-testid="overview-child-select"
        />
      )}
    </div>
  );
}
