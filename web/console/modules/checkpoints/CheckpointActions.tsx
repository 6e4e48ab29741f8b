import { EditOutlined, PrinterOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CheckpointView } from '../../../../common/contracts/declarations.ts';
import { errorText } from '../../../lib/errors.ts';
import { posterPath, useCheckpointMutations } from './queries.ts';

/** Open or closed; closing is confirmed, since residents scanning its poster are then turned away. */
export function ActiveSwitch({ checkpoint: c, canManage }: { checkpoint: CheckpointView; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { update } = useCheckpointMutations();
  const pending = update.isPending && update.variables?.id === c.id;
  const set = (active: boolean) => update.mutate({ id: c.id, active }, {
    onSuccess: () => void message.success(t(active ? 'checkpoints.opened' : 'checkpoints.closed', { name: c.name })),
    onError: (error) => void message.error(errorText(t, error)),
  });
  const control = (
    <Switch
      size="small"
      checked={c.active}
      loading={pending}
      disabled={!canManage}
      checkedChildren={t('checkpoints.on')}
      unCheckedChildren={t('checkpoints.off')}
      onChange={c.active ? undefined : () => set(true)}
      data-testid="checkpoint-active"
    />
  );
  if (!c.active || !canManage) return control;
  return (
    <span onClick={(e) => e.stopPropagation()}>
      <Popconfirm title={t('checkpoints.confirmClose', { name: c.name })} onConfirm={() => set(false)} okButtonProps={{ danger: true }}>
        {control}
      </Popconfirm>
    </span>
  );
}

interface Props {
  checkpoint: CheckpointView;
  canManage: boolean;
  onEdit: (checkpoint: CheckpointView) => void;
}

export function CheckpointActions({ checkpoint: c, canManage, onEdit }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { rotate } = useCheckpointMutations();
  const rotating = rotate.isPending && rotate.variables === c.id;
  const doRotate = () => rotate.mutate(c.id, {
    onSuccess: (updated) => {
      // The old poster is dead from now on: offer the new one straight away.
      void modal.confirm({
        title: t('checkpoints.rotated', { name: updated.name }),
        content: t('checkpoints.rotatedHint'),
        okText: t('checkpoints.printNow'),
        cancelText: t('checkpoints.later'),
        onOk: () => void navigate(posterPath(updated)),
      });
    },
    onError: (error) => void message.error(errorText(t, error)),
  });
  return (
    <Space size={0} className="row-actions">
      <Link to={posterPath(c)} data-testid="checkpoint-poster">
        <Button type="link" size="small" icon={<PrinterOutlined />}>{t('checkpoints.poster')}</Button>
      </Link>
      {canManage && (
        <>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(c)} data-testid="checkpoint-edit">{t('checkpoints.edit')}</Button>
          <Popconfirm
            title={t('checkpoints.rotateTitle')}
            description={<div className="popconfirm-text">{t('checkpoints.rotateConfirm', { name: c.name })}</div>}
            okText={t('checkpoints.rotateOk')}
            okButtonProps={{ danger: true, 'data-testid': 'checkpoint-rotate-confirm' }}
            onConfirm={doRotate}
          >
            <Button type="link" size="small" danger icon={<SyncOutlined />} loading={rotating} data-testid="checkpoint-rotate">{t('checkpoints.rotate')}</Button>
          </Popconfirm>
        </>
      )}
    </Space>
  );
}
