import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateUser, UpdateUser, UserView } from '../../../../common/contracts/users.ts';
import { ROLES } from '../../../../common/permissions.ts';
import { errorText } from '../../../lib/errors.ts';
import { showFieldErrors } from '../../ui/form-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { RegionTreeSelect } from '../regions/RegionTreeSelect.tsx';
import { useUserMutations } from './queries.ts';
import { displayNameRules, passwordRules, regionRules, usernameRules } from './user-rules.ts';

const FIELDS = ['username', 'displayName', 'role', 'regionCode', 'password'] as const;

interface Props {
  /** null: a new account. */
  user: UserView | null;
  onClose: () => void;
}

/** The fields an edit actually changes; the server refuses an empty update. */
function changesOf(user: UserView, values: CreateUser): UpdateUser {
  return {
    ...(values.displayName.trim() !== user.displayName ? { displayName: values.displayName.trim() } : {}),
    ...(values.role !== user.role ? { role: values.role } : {}),
    ...(values.regionCode !== user.region.code ? { regionCode: values.regionCode } : {}),
  };
}

/** Create or edit an account; mounted only while open, so each opening starts from the account's values. */
export function UserFormModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<CreateUser>();
  const { create, update } = useUserMutations();
  const self = user?.id === me.id;
  const pending = create.isPending || update.isPending;

  const onError = (error: unknown) => {
    if (!showFieldErrors(form, error, t, FIELDS)) void message.error(errorText(t, error));
  };
  const submit = (values: CreateUser) => {
    if (!user) {
      create.mutate(values, { onSuccess: (created) => { void message.success(t('users.created', { name: created.displayName })); onClose(); }, onError });
      return;
    }
    const changes = changesOf(user, values);
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate({ id: user.id, ...changes }, { onSuccess: () => { void message.success(t('users.saved')); onClose(); }, onError });
  };

  return (
    <Modal
      open
      title={user ? t('users.editTitle', { name: user.username }) : t('users.createTitle')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      confirmLoading={pending}
      onCancel={onClose}
      width={560}
      okButtonProps={{ 'data-testid': 'user-form-submit' }}
    >
      <Form<CreateUser>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={user ? { displayName: user.displayName, role: user.role, regionCode: user.region.code } : { role: 'staff' }}
        data-testid="user-form"
      >
        {!user && (
          <Form.Item name="username" label={t('users.username')} rules={usernameRules(t)} extra={t('users.usernameRule')}>
            <Input autoComplete="off" data-testid="user-form-username" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('users.displayName')} rules={displayNameRules(t)}>
          <Input data-testid="user-form-display-name" />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.roleRequired') }]} extra={self ? t('users.selfLimit') : undefined}>
          <Select disabled={self} options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} data-testid="user-form-role" />
        </Form.Item>
        <Form.Item name="regionCode" label={t('users.region')} rules={regionRules(t)} dependencies={['role']}>
          <RegionTreeSelect initialLabel={user?.region.name} disabled={self} data-testid="user-form-region" />
        </Form.Item>
        {!user && (
          <Form.Item name="password" label={t('users.initialPassword')} rules={passwordRules(t)} extra={t('users.passwordRule')}>
            <Input.Password autoComplete="new-password" data-testid="user-form-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
