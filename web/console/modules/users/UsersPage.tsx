import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/contracts/users.ts';
import { ROLES } from '../../../../common/permissions.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { FilterBar } from '../lists/FilterBar.tsx';
import { useList } from '../lists/use-list.ts';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { UserActions } from './UserActions.tsx';
import { UserFormModal } from './UserFormModal.tsx';
import { UserTable } from './UserTable.tsx';
import { USER_STATUSES } from './user-status.ts';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserView } | { kind: 'password'; user: UserView } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useList('GET /api/users');
  const manage = can('users.manage');

  return (
    <>
      <PageTitle
        title={t('users.title')}
        hint={t('users.hint', { region: me.region.name })}
        extra={manage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="user-create">{t('users.create')}</Button>}
      />
      <Card>
        <FilterBar list={list} testId="users" fields={[
          { kind: 'text', key: 'q', maxLength: 50, placeholder: t('users.searchPlaceholder'), width: 260, testId: 'users-text-filter' },
          { kind: 'select', key: 'role', placeholder: t('users.role'), options: ROLES.map((role) => ({ value: role, label: t(`role.${role}`) })), width: 160, testId: 'users-role-filter' },
          { kind: 'select', key: 'status', placeholder: t('users.status'), options: USER_STATUSES.map((status) => ({ value: status, label: t(`users.status_${status}`) })), width: 140, testId: 'users-status-filter' },
        ]} />
        <UserTable
          list={list}
          actions={manage ? (user) => (
            <UserActions user={user} onEdit={(u) => setDialog({ kind: 'edit', user: u })} onResetPassword={(u) => setDialog({ kind: 'password', user: u })} />
          ) : undefined}
        />
      </Card>
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <UserFormModal user={dialog.kind === 'edit' ? dialog.user : null} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'password' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
