import {
  AlertOutlined, ApartmentOutlined, AuditOutlined, ClusterOutlined, HomeOutlined, IdcardOutlined, SolutionOutlined,
  SwapOutlined, TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Permission } from '../../../../common/permissions.ts';
import { useCan } from '../auth/session.ts';

type EntryKey = 'home' | 'regions' | 'users' | 'audit' | 'households' | 'persons' | 'movements' | 'events' | 'workers';

interface NavEntry {
  path: string;
  key: EntryKey;
  icon: ReactNode;
  permission?: Permission;
}

interface NavGroup {
  key: 'field';
  icon: ReactNode;
  entries: NavEntry[];
}

/** Top-level entries and groups, in menu order; a group shows when any of its entries does. */
const ENTRIES: (NavEntry | NavGroup)[] = [
  { path: '/', key: 'home', icon: <HomeOutlined /> },
  { path: '/regions', key: 'regions', icon: <ApartmentOutlined />, permission: 'regions.read' },
  {
    key: 'field',
    icon: <ClusterOutlined />,
    entries: [
      { path: '/households', key: 'households', icon: <HomeOutlined />, permission: 'field.read' },
      { path: '/persons', key: 'persons', icon: <IdcardOutlined />, permission: 'field.read' },
      { path: '/movements', key: 'movements', icon: <SwapOutlined />, permission: 'field.read' },
      { path: '/events', key: 'events', icon: <AlertOutlined />, permission: 'field.read' },
      { path: '/workers', key: 'workers', icon: <SolutionOutlined />, permission: 'workers.read' },
    ],
  },
  { path: '/users', key: 'users', icon: <TeamOutlined />, permission: 'users.read' },
  { path: '/audit', key: 'audit', icon: <AuditOutlined />, permission: 'audit.read' },
];

/** The first path segment picks the entry, so /regions/371502 keeps 区划网格 highlighted. */
function selectedPath(pathname: string): string {
  const first = pathname.split('/')[1];
  return first ? `/${first}` : '/';
}

export function NavMenu() {
  const { t } = useTranslation();
  const can = useCan();
  const { pathname } = useLocation();
  const allowed = (e: NavEntry) => !e.permission || can(e.permission);
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
  return <Menu theme="dark" mode="inline" selectedKeys={[selectedPath(pathname)]} defaultOpenKeys={['field']} items={items} className="app-nav" />;
}
