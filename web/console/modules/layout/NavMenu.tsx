import { ApartmentOutlined, AuditOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Permission } from '../../../../common/permissions.ts';
import { useCan } from '../auth/session.ts';

interface NavEntry {
  path: string;
  key: 'home' | 'regions' | 'users' | 'audit';
  icon: ReactNode;
  permission?: Permission;
}

const ENTRIES: NavEntry[] = [
  { path: '/', key: 'home', icon: <HomeOutlined /> },
  { path: '/regions', key: 'regions', icon: <ApartmentOutlined />, permission: 'regions.read' },
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
  const items = ENTRIES.filter((e) => !e.permission || can(e.permission)).map((e) => ({
    key: e.path,
    icon: e.icon,
    label: <Link to={e.path} data-testid={`nav-${e.key}`}>{t(`nav.${e.key}`)}</Link>,
  }));
  return <Menu theme="dark" mode="inline" selectedKeys={[selectedPath(pathname)]} items={items} className="app-nav" />;
}
