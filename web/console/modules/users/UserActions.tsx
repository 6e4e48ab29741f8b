import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/contracts/users.ts';
import { errorText } from '../../../lib/errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useUserMutations } from './queries.ts';

interface Props {
  user: UserView;
  onEdit: (user: UserView) => void;
  onResetPassword: (user: UserView) => void;
}

export function UserActions({ user, onEdit, onResetPassword }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const { update } = useUserMutations();
  const change = (body: { disabled?: boolean; unlock?: true }, done: string) => update.mutateAsync({ id: user.id, ...body })
    .then(() => void message.success(done))
    .catch((error: unknown) => void message.error(errorText(t, error)));

  return (
    <Space size={0} className="row-actions">
      <Button type="link" size="small" onClick={() => onEdit(user)} data-testid={`user-edit-${user.username}`}>{t('users.edit')}</Button>
      {user.id !== me.id && (
        <Popconfirm
          title={t(user.disabled ? 'users.confirmEnable' : 'users.confirmDisable', { name: user.displayName })}
          onConfirm={() => change({ disabled: !user.disabled }, t(user.disabled ? 'users.enabledDone' : 'users.disabledDone', { name: user.displayName }))}
        >
          <Button type="link" size="small" danger={!user.disabled} data-testid={`user-toggle-${user.username}`}>
            {t(user.disabled ? 'users.enable' : 'users.disable')}
          </Button>
        </Popconfirm>
      )}
      {user.lockedUntil && (
        <Button type="link" size="small" onClick={() => void change({ unlock: true }, t('users.unlocked'))} data-testid={`user-unlock-${user.username}`}>
          {t('users.unlock')}
        </Button>
      )}
      <Button type="link" size="small" onClick={() => onResetPassword(user)} data-testid={`user-reset-${user.username}`}>{t('users.resetPassword')}</Button>
    </Space>
  );
}
