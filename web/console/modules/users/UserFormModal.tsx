import { useQuery } from '@tanstack/react-query';
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateUser, UpdateUser, UserView } from '../../../../common/contracts/users.ts';
import { ROLES } from '../../../../common/permissions.ts';
import { checkMobilePhone } from '../../../../common/identity/phone.ts';
import { api } from '../../../lib/api.ts';
import { errorText, fieldErrorText } from '../../../lib/errors.ts';
import { showFieldErrors } from '../../ui/form-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { RegionTreeSelect } from '../regions/RegionTreeSelect.tsx';
import { useUserMutations } from './queries.ts';
import { displayNameRules, passwordRules, regionRules, usernameRules } from './user-rules.ts';

const FIELDS = ['username', 'displayName', 'role', 'regionCode', 'password', 'departmentId', 'phone'] as const;

/** The form's values: the account's, with the department's "none" as an empty choice and the phone's removal as a tick. */
type Values = Omit<CreateUser, 'departmentId'> & { departmentId?: string; removePhone?: boolean };

/** A phone field left blank keeps the number on file. */
const typedPhone = (phone: string | undefined) => phone?.trim() || undefined;

interface Props {
  /** null: a new account. */
  user: UserView | null;
  onClose: () => void;
}

/** The fields an edit actually changes; the server refuses an empty update. */
function changesOf(user: UserView, values: Values): UpdateUser {
  const departmentId = values.departmentId || null;
  const phone = typedPhone(values.phone);
  return {
    ...(values.displayName.trim() !== user.displayName ? { displayName: values.displayName.trim() } : {}),
    ...(values.role !== user.role ? { role: values.role } : {}),
    ...(values.regionCode !== user.region.code ? { regionCode: values.regionCode } : {}),
    ...(departmentId !== (user.department?.id ?? null) ? { departmentId } : {}),
    ...(phone ? { phone } : values.removePhone ? { phone: null } : {}),
  };
}

function toCreate({ departmentId, removePhone: _removePhone, phone, ...values }: Values): CreateUser {
  return { ...values, ...(departmentId ? { departmentId } : {}), ...(typedPhone(phone) ? { phone: typedPhone(phone) } : {}) };
}

/** The departments an account bound to `regionCode` may belong to: those of that very region. */
function useDepartmentChoices(regionCode: string | undefined) {
  const { t } = useTranslation();
  const departments = useQuery({
    queryKey: ['departments', 'list', regionCode],
    queryFn: () => api('GET /api/departments', { query: { region: regionCode } }),
    enabled: regionCode !== undefined,
  });
  const own = (departments.data?.items ?? []).filter((d) => d.region.code === regionCode && d.active);
  return { loading: departments.isFetching, options: [{ value: '', label: t('users.departmentNone') }, ...own.map((d) => ({ value: d.id, label: d.name }))] };
}

/** Create or edit an account; mounted only while open, so each opening starts from the account's values. */
export function UserFormModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const regionCode = Form.useWatch('regionCode', form) ?? user?.region.code;
  const departments = useDepartmentChoices(regionCode);
  const { create, update } = useUserMutations();
  const self = user?.id === me.id;
  const pending = create.isPending || update.isPending;

  const onError = (error: unknown) => {
    if (!showFieldErrors(form, error, t, FIELDS)) void message.error(errorText(t, error));
  };
  const submit = (values: Values) => {
    if (!user) {
      create.mutate(toCreate(values), { onSuccess: (created) => { void message.success(t('users.created', { name: created.displayName })); onClose(); }, onError });
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
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          // Another region has other departments: the binding does not follow the account there.
          if ('regionCode' in changed) form.setFieldValue('departmentId', '');
        }}
        initialValues={user
          ? { displayName: user.displayName, role: user.role, regionCode: user.region.code, departmentId: user.department?.id ?? '' }
          : { role: 'staff', departmentId: '' }}
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
        <Form.Item name="departmentId" label={t('users.department')} extra={t('users.departmentHint')}>
          <Select loading={departments.loading} options={departments.options} disabled={!regionCode} data-testid="user-form-department" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('users.phone')}
          rules={[{ validator: (_, v: string | undefined) => (typedPhone(v) && !checkMobilePhone(typedPhone(v)!).ok ? Promise.reject(new Error(fieldErrorText(t, 'PHONE_INVALID'))) : Promise.resolve()) }]}
          extra={user?.phoneMasked ? t('users.phoneKeep', { masked: user.phoneMasked }) : t('users.phoneHint')}>
          <Input maxLength={20} inputMode="tel" autoComplete="off" placeholder={user?.phoneMasked ?? undefined} data-testid="user-form-phone" />
        </Form.Item>
        {user?.phoneMasked && (
          <Form.Item name="removePhone" valuePropName="checked" className="form-tight">
            <Checkbox data-testid="user-form-remove-phone">{t('users.phoneRemove')}</Checkbox>
          </Form.Item>
        )}
        {!user && (
          <Form.Item name="password" label={t('users.initialPassword')} rules={passwordRules(t)} extra={t('users.passwordRule')}>
            <Input.Password autoComplete="new-password" data-testid="user-form-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
