import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/contracts/users.ts';
import { errorText } from '../../../lib/errors.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { useUserList, type UserFilters } from './queries.ts';
import { UserActions } from './UserActions.tsx';
import { UserFiltersBar } from './UserFiltersBar.tsx';
import { UserFormModal } from './UserFormModal.tsx';
import { UserTable } from './UserTable.tsx';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserView } | { kind: 'password'; user: UserView } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const [filters, setFilters] = useState<UserFilters>({});
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useUserList(filters, page.current, page.pageSize);
  const manage = can('users.manage');

  return (
    <>
      <PageTitle
        title={t('users.title')}
        hint={t('users.hint', { region: me.region.name })}
        extra={manage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="user-create">{t('users.create')}</Button>}
      />
      <Card>
        <UserFiltersBar
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setPage((p) => ({ ...p, current: 1 }));
          }}
        />
        {list.isError && <Alert className="filter-feedback" type="error" showIcon title={errorText(t, list.error)} />}
        <UserTable
          users={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={{ current: page.current, pageSize: page.pageSize, total: list.data?.total ?? 0 }}
          onPage={(current, pageSize) => setPage({ current, pageSize })}
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
