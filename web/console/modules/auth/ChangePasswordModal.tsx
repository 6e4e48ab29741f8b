import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChangeOwnPassword } from '../../../../common/contracts/auth.ts';
import { api } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { showFieldErrors } from '../../ui/form-errors.ts';
import { confirmPasswordRules, passwordRules } from '../users/user-rules.ts';
import { useCurrentUser } from './session.ts';

interface Values {
  currentPassword: string;
  password: string;
  confirm: string;
}

/** The signed-in user changes their own password; their other sessions end, this one goes on. */
export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const change = useMutation({ mutationFn: (body: ChangeOwnPassword) => api('POST /api/me/password', { body }) });
  const submit = ({ currentPassword, password }: Values) => change.mutate({ currentPassword, newPassword: password }, {
    onSuccess: () => {
      void message.success(t('password.changed'));
      onClose();
    },
    onError: (error) => {
      // The server names the new password `newPassword`; the form calls it `password`.
      const shown = showFieldErrors(form, error, t, ['currentPassword', 'newPassword'], { newPassword: 'password' });
      if (!shown) void message.error(errorText(t, error));
    },
  });
  return (
    <Modal
      open
      title={t('password.title')}
      okText={t('password.submit')}
      onOk={() => form.submit()}
      confirmLoading={change.isPending}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'change-password-submit' }}
    >
      <p className="text-muted">{t('password.hint')}</p>
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.currentRequired') }]}>
          <Input.Password autoComplete="current-password" data-testid="change-password-current" />
        </Form.Item>
        <Form.Item name="password" label={t('users.newPassword')} rules={passwordRules(t, [me.username, me.displayName])} extra={t('users.passwordRule')}>
          <Input.Password autoComplete="new-password" data-testid="change-password-new" />
        </Form.Item>
        <Form.Item name="confirm" label={t('users.confirmPassword')} dependencies={['password']} rules={confirmPasswordRules(t)}>
          <Input.Password autoComplete="new-password" data-testid="change-password-confirm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
