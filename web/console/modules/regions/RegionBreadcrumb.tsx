import { EnvironmentOutlined } from '@ant-design/icons';
import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import type { RegionDetail } from '../../../../common/contracts/regions.ts';
import { regionCrumbs } from '../../../lib/region-path.ts';

/** The region's chain, city first; ancestors above the user's scope are shown but not linked. */
export function RegionBreadcrumb({ chain, scope }: { chain: RegionDetail['chain']; scope: string }) {
  const items = regionCrumbs(chain, scope).map((crumb, index) => ({
    key: crumb.code,
    title: crumb.navigable && !crumb.current
      ? <Link to={`/regions/${crumb.code}`} data-testid={`crumb-${crumb.code}`}>{index === 0 && <EnvironmentOutlined />} {crumb.name}</Link>
      : <span data-testid={`crumb-${crumb.code}`} className={crumb.current ? 'crumb-current' : 'crumb-context'}>{index === 0 && <EnvironmentOutlined />} {crumb.name}</span>,
  }));
  return <Breadcrumb className="region-breadcrumb" items={items} data-testid="region-breadcrumb" />;
}
