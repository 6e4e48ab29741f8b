import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DepartmentCreate, DepartmentView } from '../../../../common/contracts/dispatch.ts';
import { DEPARTMENT_KIND } from '../../../../common/events/vocabulary.ts';
import { errorText } from '../../../lib/errors.ts';
import { showFieldErrors } from '../../ui/form-errors.ts';
import { nameRule } from '../../ui/text-rules.ts';
import { termOptions } from '../field/labels.ts';
import { RegionTreeSelect } from '../regions/RegionTreeSelect.tsx';
import { useDepartmentMutations } from './queries.ts';

const NAME_MAX = 60;

/** Create a department (region, kind, name), or rename and re-kind one; mounted only while open. */
export function DepartmentFormModal({ department, onClose }: { department: DepartmentView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DepartmentCreate>();
  const { create, update } = useDepartmentMutations();
  const onError = (error: unknown) => {
    if (!showFieldErrors(form, error, t, ['regionCode', 'kind', 'name'])) void message.error(errorText(t, error));
  };
  const submit = (values: DepartmentCreate) => {
    const name = values.name.trim();
    const done = () => {
      void message.success(t('departments.saved', { name }));
      onClose();
    };
    if (!department) return create.mutate({ ...values, name }, { onSuccess: done, onError });
    const change = { ...(name !== department.name ? { name } : {}), ...(values.kind !== department.kind ? { kind: values.kind } : {}) };
    if (Object.keys(change).length === 0) return onClose();
    update.mutate({ id: department.id, ...change }, { onSuccess: done, onError });
  };
  return (
    <Modal
      open
      title={department ? t('departments.editTitle', { name: department.name }) : t('departments.createTitle')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'department-form-submit' }}
    >
      <Form<DepartmentCreate>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={department ? { regionCode: department.region.code, kind: department.kind, name: department.name } : { kind: 'health' }}
        data-testid="department-form"
      >
        <Form.Item name="regionCode" label={t('departments.region')} extra={t('departments.regionHint')} rules={[{ required: true, message: t('departments.regionRequired') }]}>
          <RegionTreeSelect initialLabel={department?.region.name} disabled={department !== null} data-testid="department-form-region" />
        </Form.Item>
        <Form.Item name="kind" label={t('departments.kind')} rules={[{ required: true }]}>
          <Select options={termOptions(t, 'departmentKind', DEPARTMENT_KIND.codes)} data-testid="department-form-kind" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('departments.name')}
          rules={[{ required: true, whitespace: true, message: t('departments.nameRequired') }, { max: NAME_MAX, message: t('fieldError.maxLength', { count: NAME_MAX }) }, nameRule(t)]}
        >
          <Input maxLength={NAME_MAX} placeholder={t('departments.namePlaceholder')} data-testid="department-form-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
