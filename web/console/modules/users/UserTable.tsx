import { BankOutlined } from '@ant-design/icons';
import { Tag, Tooltip, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/contracts/users.ts';
import type { Role } from '../../../../common/permissions.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { STATUS_COLORS, statusOf } from './user-status.ts';
import { ListTable } from '../lists/ListTable.tsx';
import type { ListState } from '../lists/use-list.ts';

const ROLE_COLORS: Record<Role, string> = { admin: 'magenta', commander: 'volcano', staff: 'blue', health: 'green', grid_worker: 'cyan' };

interface Props {
  list: ListState<'GET /api/users'>;
  /** Row actions, absent for users who may only read. */
  actions?: (user: UserView) => ReactNode;
}

export function UserTable({ list, actions }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<UserView> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      render: (username: string, user) => <span className="mono">{username}{user.isDemo && <Tag className="demo-tag">{t('users.demo')}</Tag>}</span>,
    },
    {
      title: `${t('users.displayName')} / ${t('users.phone')}`, dataIndex: 'displayName',
      render: (name: string, user) => <div>{name}{user.phoneMasked && <div className="text-muted mono cell-line" data-testid="user-phone">{user.phoneMasked}</div>}</div>,
    },
    { title: t('users.role'), dataIndex: 'role', width: 120, render: (role: Role) => <Tag color={ROLE_COLORS[role]}>{t(`role.${role}`)}</Tag> },
    {
      title: `${t('users.region')} / ${t('users.department')}`, dataIndex: ['region', 'name'],
      render: (name: string, user) => (
        <div>
          <Tooltip title={user.region.code}>{name}</Tooltip>
          {user.department && <div className="text-muted cell-line" data-testid="user-department"><BankOutlined /> {user.department.name}</div>}
        </div>
      ),
    },
    {
      title: t('users.status'),
      key: 'status',
      width: 100,
      render: (_, user) => {
        const status = statusOf(user);
        const tag = <Tag color={STATUS_COLORS[status]} data-testid={`user-status-${user.username}`}>{t(`users.status_${status}`)}</Tag>;
        return user.lockedUntil ? <Tooltip title={t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) })}>{tag}</Tooltip> : tag;
      },
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (at: string | null) => (at ? formatDateTime(at) : <span className="text-muted">{t('users.neverLoggedIn')}</span>),
    },
    ...(actions ? [{ title: t('common.actions'), key: 'actions', width: 230, render: (_: unknown, user: UserView) => actions(user) }] : []),
  ];
  return <ListTable list={list} columns={columns} testId="users-table" totalKey="users.total" />;
}
