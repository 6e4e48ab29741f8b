import { Alert, App, AutoComplete, Button, DatePicker, Drawer, Form, Input, Radio, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseCreate } from '../../../../common/contracts/cases.ts';
import { CASE_TEXT_LIMITS, checkCaseCreate } from '../../../../common/cases/rules.ts';
import { CASE_START } from '../../../../common/cases/vocabulary.ts';
import { TEXT_LIMITS } from '../../../../common/field/rules.ts';
import { SEX, type Sex } from '../../../../common/field/vocabulary.ts';
import { isApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { newId } from '../../../lib/new-id.ts';
import { term, termOptions } from '../field/labels.ts';
import { RegionTreeSelect } from '../regions/RegionTreeSelect.tsx';
import { COMMON_SOURCES, DAY, outsideDates, showRuleErrors } from './form-rules.ts';
import { PersonPicker } from './PersonPicker.tsx';
import { useCreateCase } from './queries.ts';

type Who = 'new' | 'known';
type StartStatus = (typeof CASE_START)[number];

interface Values {
  personId?: string;
  person?: { name: string; idNumber?: string; phone?: string; sex?: Sex; gridCode?: string };
  status: StartStatus;
  statusOn: Dayjs;
  source: string;
  note?: string;
}

const GRID_CODE = /^[0-9]{15}$/;
const trimmed = (text: string | undefined) => text?.trim() || undefined;

function requestOf(id: string, who: Who, v: Values): CaseCreate {
  const p = v.person;
  return {
    id, status: v.status, statusOn: v.statusOn?.format(DAY) ?? '', source: v.source?.trim() ?? '',
    ...(trimmed(v.note) ? { note: trimmed(v.note) } : {}),
    ...(who === 'known'
      ? (v.personId ? { personId: v.personId } : {})
      : {
        person: {
          name: p?.name?.trim() ?? '',
          ...(trimmed(p?.idNumber) ? { idNumber: trimmed(p?.idNumber) } : {}),
          ...(trimmed(p?.phone) ? { phone: trimmed(p?.phone) } : {}),
          ...(p?.sex ? { sex: p.sex } : {}),
          ...(p?.gridCode ? { gridCode: p.gridCode } : {}),
        },
      }),
  };
}

/**
 * Enters a case: a person registered already (picked) or a new one (whose known ID number the
 * server matches), the starting status, its date and the source. The shared rules check the
 * form first and name each problem under its field; the id is made when the drawer opens, so
 * sending again after a lost answer is stored once.
 */
export function AddCaseDrawer({ onClose, onCreated }: { onClose: () => void; onCreated: (caseId: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [who, setWho] = useState<Who>('new');
  const [id] = useState(newId);
  const create = useCreateCase();
  const existingCaseId = isApiError(create.error) ? (create.error.extra.existingCaseId as string | undefined) : undefined;

  const submit = (values: Values) => {
    const body = requestOf(id, who, values);
    if (showRuleErrors(form, t, checkCaseCreate(body))) return;
    if (body.person?.gridCode && !GRID_CODE.test(body.person.gridCode)) {
      form.setFields([{ name: ['person', 'gridCode'], errors: [t('cases.pickGrid')] }]);
      return;
    }
    create.mutate(body, {
      onSuccess: (detail) => {
        void message.success(t('cases.created', { name: detail.case.name }));
        onCreated(detail.case.id);
      },
      onError: (error) => {
        if (isApiError(error)) showRuleErrors(form, t, error.fields);
      },
    });
  };

  return (
    <Drawer
      open
      title={t('cases.addTitle')}
      size={560}
      onClose={onClose}
      destroyOnHidden
      extra={(
        <Space>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-testid="case-add-submit">{t('common.save')}</Button>
        </Space>
      )}
      data-testid="case-add-drawer"
    >
      {create.isError && (
        <Alert
          className="filter-feedback"
          type="error"
          showIcon
          title={errorText(t, create.error)}
          action={existingCaseId && <Button size="small" onClick={() => onCreated(existingCaseId)}>{t('cases.openExisting')}</Button>}
          data-testid="case-add-error"
        />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ status: 'suspected', statusOn: dayjs() }} data-testid="case-add-form">
        <Form.Item label={t('cases.person')}>
          <Segmented<Who>
            value={who}
            onChange={setWho}
            options={[{ value: 'new', label: t('cases.newPerson') }, { value: 'known', label: t('cases.knownPerson') }]}
            data-testid="case-add-who"
          />
        </Form.Item>
        {who === 'known'
          ? (
            <Form.Item name="personId" label={t('cases.pickPersonLabel')} extra={t('cases.pickPersonHint')}>
              <PersonPicker />
            </Form.Item>
          )
          : (
            <>
              <Form.Item name={['person', 'name']} label={t('persons.name')} required>
                <Input maxLength={TEXT_LIMITS.name} data-testid="case-add-name" />
              </Form.Item>
              <Form.Item name={['person', 'idNumber']} label={t('persons.idNumber')} extra={t('cases.idNumberHint')}>
                <Input maxLength={18} className="mono" data-testid="case-add-id-number" />
              </Form.Item>
              <Form.Item name={['person', 'phone']} label={t('persons.phone')}>
                <Input maxLength={11} data-testid="case-add-phone" />
              </Form.Item>
              <Form.Item name={['person', 'sex']} label={t('persons.sex')}>
                <Radio.Group options={termOptions(t, 'sex', SEX.codes)} />
              </Form.Item>
              <Form.Item name={['person', 'gridCode']} label={t('field.grid')} required extra={t('cases.gridHint')}>
                <RegionTreeSelect placeholder={t('cases.gridPlaceholder')} data-testid="case-add-grid" />
              </Form.Item>
            </>
          )}
        <Form.Item name="status" label={t('cases.status')} required>
          <Radio.Group optionType="button" buttonStyle="solid" options={CASE_START.map((s) => ({ value: s, label: term(t, 'caseStatus', s) }))} data-testid="case-add-status" />
        </Form.Item>
        <Form.Item name="statusOn" label={t('cases.statusOn')} required>
          <DatePicker format={DAY} disabledDate={outsideDates()} allowClear={false} style={{ width: 200 }} data-testid="case-add-date" />
        </Form.Item>
        <Form.Item name="source" label={t('cases.source')} required>
          <AutoComplete options={COMMON_SOURCES} maxLength={CASE_TEXT_LIMITS.source} placeholder={t('cases.sourcePlaceholder')} data-testid="case-add-source" />
        </Form.Item>
        <Form.Item name="note" label={t('cases.note')}>
          <Input.TextArea rows={3} showCount maxLength={CASE_TEXT_LIMITS.note} placeholder={t('cases.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
