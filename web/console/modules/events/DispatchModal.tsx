import { Alert, Form, Radio, Select, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentView, NearbyWorkers } from '../../../../common/contracts/dispatch.ts';
import type { EventView } from '../../../../common/contracts/field.ts';
import { EVENT_PRIORITY, type EventPriority } from '../../../../common/events/vocabulary.ts';
import { errorText } from '../../../lib/errors.ts';
import { term, termOptions } from '../field/labels.ts';
import { spanOf } from './deadline.ts';
import { NoteField, trimmed } from './NoteField.tsx';
import { useNearbyWorkers, useServingDepartments } from './queries.ts';
import { spanText } from './span-text.ts';
import { StepModal } from './StepModal.tsx';

type Target = 'department' | 'person';
interface Values { departmentId?: string; userId?: string; note?: string; priority: EventPriority }
type Worker = NearbyWorkers['items'][number];

/** Departments grouped by their region, the nearest region first (the community's, then the street's…). */
function departmentOptions(t: TFunction, departments: readonly DepartmentView[]) {
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const d of [...departments].reverse()) {
    const group = groups.get(d.region.code) ?? { label: d.region.name, options: [] };
    group.options.push({ value: d.id, label: `${d.name}（${term(t, 'departmentKind', d.kind)}）` });
    groups.set(d.region.code, group);
  }
  return [...groups.values()];
}

function distanceText(t: TFunction, metres: number): string {
  return metres < 1000 ? t('events.dispatch.metres', { n: metres }) : t('events.dispatch.kilometres', { n: (metres / 1000).toFixed(1) });
}

function WorkerPicker({ eventId, value, onChange }: { eventId: string; value?: string; onChange?: (id: string) => void }) {
  const { t } = useTranslation();
  const workers = useNearbyWorkers(eventId, true);
  const columns: TableColumnsType<Worker> = [
    { title: t('events.dispatch.name'), dataIndex: 'name', ellipsis: true },
    { title: t('events.dispatch.grid'), dataIndex: ['grid', 'name'], ellipsis: true },
    { title: t('events.dispatch.onDuty'), dataIndex: 'onDuty', width: 90, render: (on: boolean) => (on ? <Tag color="success">{t('events.dispatch.onDutyYes')}</Tag> : <Tag>{t('events.dispatch.onDutyNo')}</Tag>) },
    { title: t('events.dispatch.distance'), dataIndex: 'distanceM', width: 90, align: 'right', render: (m: number) => distanceText(t, m) },
    { title: t('events.dispatch.fixAge'), dataIndex: 'fixAgeS', width: 120, render: (s: number) => t('events.dispatch.ago', { span: spanText(t, spanOf(s * 1000)) }) },
  ];
  if (workers.isError) return <Alert type="error" showIcon title={errorText(t, workers.error)} />;
  return (
    <Table<Worker>
      rowKey="userId"
      size="small"
      pagination={false}
      loading={workers.isPending}
      columns={columns}
      dataSource={workers.data?.items ?? []}
      rowSelection={{ type: 'radio', selectedRowKeys: value ? [value] : [], onChange: (keys) => onChange?.(String(keys[0])) }}
      onRow={(w) => ({ onClick: () => onChange?.(w.userId), 'data-testid': 'dispatch-worker' } as HTMLAttributes<HTMLElement>)}
      locale={{ emptyText: t('events.dispatch.noWorkers') }}
      data-testid="dispatch-workers"
    />
  );
}

/**
 * 派遣: to a department serving the event's grid, or to a person (应急调度: the nearest grid
 * workers by their latest position), with a note and, if need be, another priority.
 */
export function DispatchModal({ event, onClose }: { event: EventView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [target, setTarget] = useState<Target>('department');
  const departments = useServingDepartments(event.grid.code);
  const options = departmentOptions(t, departments.data?.items ?? []);
  const noDepartments = departments.isSuccess && options.length === 0;
  return (
    <StepModal<Values>
      event={event}
      action="dispatch"
      form={form}
      width={760}
      initialValues={{ priority: event.priority }}
      toStep={(v) => ({
        action: 'dispatch',
        body: {
          ...(target === 'department' ? { departmentId: v.departmentId } : { userId: v.userId }),
          ...(trimmed(v.note) ? { note: trimmed(v.note) } : {}),
          ...(v.priority !== event.priority ? { priority: v.priority } : {}),
        },
      })}
      fields={['departmentId', 'userId', 'note', 'priority']}
      onClose={onClose}
    >
      <Tabs
        activeKey={target}
        onChange={(key) => setTarget(key as Target)}
        data-testid="dispatch-target"
        items={[
          {
            key: 'department',
            label: <span data-testid="dispatch-tab-department">{t('events.dispatch.toDepartment')}</span>,
            children: (
              <>
                {noDepartments && <Alert className="filter-feedback" type="warning" showIcon title={t('events.dispatch.noDepartments')} />}
                <Form.Item name="departmentId" label={t('events.dispatch.departmentLabel')} rules={target === 'department' ? [{ required: true, message: t('events.dispatch.departmentRequired') }] : []}>
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    loading={departments.isPending}
                    placeholder={t('events.dispatch.departmentPlaceholder')}
                    options={options}
                    data-testid="dispatch-department"
                  />
                </Form.Item>
              </>
            ),
          },
          {
            key: 'person',
            label: <span data-testid="dispatch-tab-person">{t('events.dispatch.toPerson')}</span>,
            children: (
              <Form.Item name="userId" extra={t('events.dispatch.workersHint')} rules={target === 'person' ? [{ required: true, message: t('events.dispatch.personRequired') }] : []}>
                {target === 'person' ? <WorkerPicker eventId={event.id} /> : <span />}
              </Form.Item>
            ),
          },
        ]}
      />
      <Form.Item name="priority" label={t('events.priority')} extra={t('events.dispatch.priorityHint')}>
        <Radio.Group optionType="button" options={termOptions(t, 'eventPriority', EVENT_PRIORITY.codes)} data-testid="dispatch-priority" />
      </Form.Item>
      <NoteField name="note" label={t('events.note')} />
    </StepModal>
  );
}
