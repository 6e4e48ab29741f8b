import { BellOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstructionDetail, InstructionProgress } from '../../../../common/contracts/instructions.ts';
import { isApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../auth/session.ts';
import { useRemind, useWithdraw } from './queries.ts';

/** The time the server allows the next reminder from, told with REMIND_TOO_SOON. */
function nextAllowedAt(error: unknown): string | undefined {
  return isApiError(error, 'REMIND_TOO_SOON') && typeof error.extra.nextAllowedAt === 'string' ? error.extra.nextAllowedAt : undefined;
}

/**
 * 催办 the open receipts of the region the progress view is in (any office that sees the
 * instruction may chase its own part), and 撤回 for the sending office and those above it.
 */
export function ManageActions({ instruction, progress }: { instruction: InstructionDetail; progress: InstructionProgress | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const remind = useRemind(instruction.id);
  const [withdrawing, setWithdrawing] = useState(false);
  if (!can('instructions.send') || instruction.status === 'withdrawn') return null;

  const open = progress ? progress.total - progress.done : 0;
  const region = progress?.region;
  const sendReminder = () => remind.mutate(region?.code, {
    onSuccess: (r) => void (r.reminded > 0 ? message.success(t('instructions.remind.done', { count: r.reminded })) : message.info(t('instructions.remind.nothing'))),
    onError: (error) => {
      const next = nextAllowedAt(error);
      void message.warning(next ? t('instructions.remind.tooSoon', { at: formatDateTime(next) }) : errorText(t, error));
    },
  });
  return (
    <Space>
      {instruction.status === 'sent' && (
        <Popconfirm
          title={t('instructions.remind.confirm', { region: region?.name ?? '', count: open })}
          onConfirm={sendReminder}
          okButtonProps={{ 'data-testid': 'remind-confirm' }}
        >
          <Button icon={<BellOutlined />} loading={remind.isPending} disabled={!progress} data-testid="instruction-remind">{t('instructions.remind.action')}</Button>
        </Popconfirm>
      )}
      {instruction.canManage && (
        <Button danger icon={<RollbackOutlined />} onClick={() => setWithdrawing(true)} data-testid="instruction-withdraw">{t('instructions.withdraw.action')}</Button>
      )}
      {withdrawing && <WithdrawModal id={instruction.id} onClose={() => setWithdrawing(false)} />}
    </Space>
  );
}

function WithdrawModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const withdraw = useWithdraw(id);
  const submit = ({ reason }: { reason?: string }) => {
    if (!reason?.trim()) {
      form.setFields([{ name: 'reason', errors: [t('fieldError.required')] }]);
      return;
    }
    withdraw.mutate(reason.trim(), {
      onSuccess: () => {
        void message.success(t('instructions.withdraw.done'));
        onClose();
      },
      onError: (error) => form.setFields([{ name: 'reason', errors: [errorText(t, error)] }]),
    });
  };
  return (
    <Modal
      open
      title={t('instructions.withdraw.title')}
      okText={t('instructions.withdraw.confirm')}
      okButtonProps={{ danger: true, loading: withdraw.isPending, 'data-testid': 'withdraw-confirm' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="withdraw-modal"
    >
      <p className="text-muted">{t('instructions.withdraw.hint')}</p>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('instructions.withdraw.reason')} required>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('instructions.withdraw.reasonPlaceholder')} data-testid="withdraw-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
