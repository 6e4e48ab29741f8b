import { App, Button, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DepartmentView } from '../../../../common/contracts/dispatch.ts';
import { errorText } from '../../../lib/errors.ts';
import { minTableWidth } from '../../ui/table-scroll.ts';
import { term } from '../field/labels.ts';
import { useDepartmentMutations } from './queries.ts';

interface Props {
  departments: readonly DepartmentView[];
  loading: boolean;
  /** Row actions for those who manage departments. */
  onEdit?: (department: DepartmentView) => void;
}

/** The departments, by region as the server orders them (the city's, then each district's…). */
export function DepartmentTable({ departments, loading, onEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { update } = useDepartmentMutations();
  const toggle = (d: DepartmentView) => update.mutate({ id: d.id, active: !d.active }, {
    onSuccess: () => void message.success(t(d.active ? 'departments.deactivated' : 'departments.activated', { name: d.name })),
    onError: (error) => void message.error(errorText(t, error)),
  });
  const columns: TableColumnsType<DepartmentView> = [
    { title: t('departments.region'), dataIndex: ['region', 'name'], width: 180, render: (name: string, d) => <Tooltip title={d.region.code}>{name}</Tooltip> },
    { title: t('departments.name'), dataIndex: 'name', render: (name: string) => <span data-testid="department-name">{name}</span> },
    { title: t('departments.kind'), dataIndex: 'kind', width: 130, render: (kind: string) => <Tag>{term(t, 'departmentKind', kind)}</Tag> },
    { title: t('departments.accounts'), dataIndex: 'accounts', width: 90, align: 'right' },
    {
      title: t('departments.status'), dataIndex: 'active', width: 90,
      render: (active: boolean) => (active ? <Tag color="success">{t('departments.active')}</Tag> : <Tag>{t('departments.inactive')}</Tag>),
    },
    ...(onEdit ? [{
      title: t('common.actions'), key: 'actions', width: 160,
      render: (_: unknown, d: DepartmentView) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => onEdit(d)} data-testid="department-edit">{t('departments.edit')}</Button>
          <Button type="link" size="small" danger={d.active} onClick={() => toggle(d)} data-testid="department-toggle">{t(d.active ? 'departments.deactivate' : 'departments.activate')}</Button>
        </Space>
      ),
    }] : []),
  ];
  return <Table<DepartmentView> rowKey="id" size="middle" tableLayout="fixed" loading={loading} columns={columns} dataSource={[...departments]} pagination={false} scroll={{ x: minTableWidth(columns) }} data-testid="departments-table" />;
}
