import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/contracts/users.ts';
import { errorText } from '../../../lib/errors.ts';
import { showFieldErrors } from '../../ui/form-errors.ts';
import { useUserMutations } from './queries.ts';
import { confirmPasswordRules, passwordRules } from './user-rules.ts';

interface Values {
  password: string;
  confirm: string;
}

export function ResetPasswordModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { resetPassword } = useUserMutations();
  const submit = ({ password }: Values) => resetPassword.mutate({ id: user.id, password }, {
    onSuccess: () => {
      void message.success(t('users.passwordReset', { name: user.displayName }));
      onClose();
    },
    onError: (error) => {
      if (!showFieldErrors(form, error, t, ['password'])) void message.error(errorText(t, error));
    },
  });
  return (
    <Modal
      open
      title={t('users.resetTitle', { name: user.username })}
      okText={t('users.resetPassword')}
      onOk={() => form.submit()}
      confirmLoading={resetPassword.isPending}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'reset-password-submit' }}
    >
      <p className="text-muted">{t('users.resetHint')}</p>
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="password" label={t('users.newPassword')} rules={passwordRules(t, [user.username, user.displayName])} extra={t('users.passwordRule')}>
          <Input.Password autoComplete="new-password" data-testid="reset-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('users.confirmPassword')} dependencies={['password']} rules={confirmPasswordRules(t)}>
          <Input.Password autoComplete="new-password" data-testid="reset-password-confirm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
