import {
  AlertOutlined, ApartmentOutlined, AuditOutlined, BankOutlined, BarChartOutlined, ClusterOutlined, ControlOutlined, DashboardOutlined, FileTextOutlined, FundProjectionScreenOutlined, GlobalOutlined, HeartOutlined, HomeOutlined,
  IdcardOutlined, MedicineBoxOutlined, NotificationOutlined, QrcodeOutlined, SendOutlined, SolutionOutlined, SwapOutlined, TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Me } from '../../../../common/contracts/auth.ts';
import type { Permission } from '../../../../common/permissions.ts';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { isCityAdmin } from '../vital-signs/rules-access.ts';

type EntryKey =
  | 'home' | 'overview' | 'map' | 'regions' | 'users' | 'audit' | 'households' | 'persons' | 'movements' | 'events' | 'workers'
  | 'vital-signs' | 'warnings' | 'checkpoints' | 'rules' | 'cases' | 'briefing' | 'instructions' | 'event-stats' | 'departments';

interface NavEntry {
  path: string;
  key: EntryKey;
  icon: ReactNode;
  permission?: Permission;
  /** A condition beyond the permission (e.g. the level the user is bound to). */
  when?: (me: Me, can: (permission: Permission) => boolean) => boolean;
}

interface NavGroup {
  key: 'field' | 'vital';
  icon: ReactNode;
  entries: NavEntry[];
}

/** Top-level entries and groups, in menu order; a group shows when any of its entries does. */
const ENTRIES: (NavEntry | NavGroup)[] = [
  // The first page is the command centre for dashboard readers, the jurisdiction home for the others.
  { path: '/', key: 'overview', icon: <FundProjectionScreenOutlined />, permission: 'dashboard.read' },
  { path: '/', key: 'home', icon: <HomeOutlined />, when: (_me, can) => !can('dashboard.read') },
  { path: '/map', key: 'map', icon: <GlobalOutlined />, permission: 'dashboard.read' },
  { path: '/briefing', key: 'briefing', icon: <FileTextOutlined />, permission: 'dashboard.export' },
  { path: '/instructions', key: 'instructions', icon: <SendOutlined />, permission: 'instructions.track' },
  { path: '/regions', key: 'regions', icon: <ApartmentOutlined />, permission: 'regions.read' },
  {
    key: 'field',
    icon: <ClusterOutlined />,
    entries: [
      { path: '/households', key: 'households', icon: <HomeOutlined />, permission: 'field.read' },
      { path: '/persons', key: 'persons', icon: <IdcardOutlined />, permission: 'field.read' },
      { path: '/movements', key: 'movements', icon: <SwapOutlined />, permission: 'field.read' },
      { path: '/events', key: 'events', icon: <AlertOutlined />, permission: 'field.read' },
      { path: '/events/stats', key: 'event-stats', icon: <BarChartOutlined />, permission: 'events.manage' },
      { path: '/workers', key: 'workers', icon: <SolutionOutlined />, permission: 'workers.read' },
    ],
  },
  {
    key: 'vital',
    icon: <HeartOutlined />,
    entries: [
      { path: '/vital-signs', key: 'vital-signs', icon: <DashboardOutlined />, permission: 'warnings.read' },
      { path: '/warnings', key: 'warnings', icon: <NotificationOutlined />, permission: 'warnings.read' },
      { path: '/checkpoints', key: 'checkpoints', icon: <QrcodeOutlined />, permission: 'checkpoints.read' },
      { path: '/vital-signs/rules', key: 'rules', icon: <ControlOutlined />, permission: 'warnings.rules', when: isCityAdmin },
    ],
  },
  { path: '/cases', key: 'cases', icon: <MedicineBoxOutlined />, permission: 'cases.read' },
  { path: '/departments', key: 'departments', icon: <BankOutlined />, permission: 'departments.read' },
  { path: '/users', key: 'users', icon: <TeamOutlined />, permission: 'users.read' },
  { path: '/audit', key: 'audit', icon: <AuditOutlined />, permission: 'audit.read' },
];

const PATHS = ENTRIES.flatMap((e) => ('entries' in e ? e.entries : [e])).map((e) => e.path);

/**
 * The entry whose path is the longest prefix of the address, so /regions/371502 keeps 区划网格
 * highlighted and /vital-signs/rules picks 预警规则 rather than 监测概况.
 */
function selectedPath(pathname: string): string {
  let best = '/';
  for (const path of PATHS) {
    if ((pathname === path || pathname.startsWith(`${path}/`)) && path.length > best.length) best = path;
  }
  return best;
}

export function NavMenu() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const allowed = (e: NavEntry) => (!e.permission || can(e.permission)) && (!e.when || e.when(me, can));
  const item = (e: NavEntry) => ({
    key: e.path,
    icon: e.icon,
    label: <Link to={e.path} data-testid={`nav-${e.key}`}>{t(`nav.${e.key}`)}</Link>,
  });
  const items: MenuProps['items'] = ENTRIES.flatMap((e) => {
    if (!('entries' in e)) return allowed(e) ? [item(e)] : [];
    const children = e.entries.filter(allowed).map(item);
    return children.length > 0
      ? [{ key: e.key, icon: e.icon, label: <span data-testid={`nav-${e.key}`}>{t(`nav.${e.key}`)}</span>, children }]
      : [];
  });
  return <Menu theme="dark" mode="inline" selectedKeys={[selectedPath(pathname)]} defaultOpenKeys={['field', 'vital']} items={items} className="app-nav" />;
}
