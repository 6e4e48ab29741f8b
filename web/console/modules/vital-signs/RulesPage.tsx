import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Form, InputNumber, Result, Row, Skeleton, Space, Switch } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SYMPTOM } from '../../../../common/declarations/vocabulary.ts';
import { ruleProblems, type WarningRules } from '../../../../common/declarations/warning-rules.ts';
import { isApiError } from '../../../lib/api.ts';
import { errorText, fieldErrorText } from '../../../lib/errors.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { useSaveWarningRules, useWarningRules } from './queries.ts';
import { isCityAdmin } from './rules-access.ts';
import { RulesPreview } from './RulesPreview.tsx';
import { declOptions } from './terms.ts';
import './declarations.css';

const FIELDS = ['feverThreshold', 'highFeverThreshold', 'warningSymptoms', 'keyAreaTravel', 'caseContact', 'redeclareWindowHours', 'overdueHours'] as const;

/** What a refused value must be, in words (ruleProblems in common/ is the one judge). */
function problemText(t: TFunction, field: string, reason: string): string {
  return reason === 'OUT_OF_RANGE' ? t(`rules.range.${field}`, { defaultValue: fieldErrorText(t, reason) }) : fieldErrorText(t, reason);
}

/** The form's values as rules, or null while a number is missing. */
function asRules(values: Partial<WarningRules> | undefined): WarningRules | null {
  if (!values) return null;
  const numbers = [values.feverThreshold, values.highFeverThreshold, values.redeclareWindowHours, values.overdueHours];
  if (numbers.some((n) => typeof n !== 'number')) return null;
  return {
    feverThreshold: values.feverThreshold!,
    highFeverThreshold: values.highFeverThreshold!,
    warningSymptoms: values.warningSymptoms ?? [],
    keyAreaTravel: Boolean(values.keyAreaTravel),
    caseContact: Boolean(values.caseContact),
    redeclareWindowHours: values.redeclareWindowHours!,
    overdueHours: values.overdueHours!,
  };
}

/** 预警规则: what raises a warning, editable by a city-wide administrator, with a preview of the effect. */
export function RulesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  if (!isCityAdmin(me, can)) return <Result status="403" title="403" subTitle={t('rules.cityAdminOnly')} data-testid="rules-forbidden" />;
  return <RulesContent />;
}

function RulesContent() {
  const { t } = useTranslation();
  const rules = useWarningRules();
  return (
    <>
      <PageTitle title={t('rules.title')} hint={t('rules.hint')} />
      {rules.isError && <Alert type="error" showIcon title={errorText(t, rules.error)} className="filter-feedback" />}
      {rules.isPending && <Card><Skeleton active /></Card>}
      {rules.data && <RulesEditor current={rules.data} />}
    </>
  );
}

function RulesEditor({ current }: { current: WarningRules }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WarningRules>();
  const save = useSaveWarningRules();
  const watched = Form.useWatch([], form) as Partial<WarningRules> | undefined;
  // Until the form has rendered, useWatch has nothing: preview the rules in force.
  const proposed = useMemo(() => (watched ? asRules(watched) : current), [watched, current]);
  const problems = proposed ? ruleProblems(proposed) : {};
  const valid = proposed !== null && Object.keys(problems).length === 0;

  const submit = (values: WarningRules) => {
    const next = asRules(values);
    if (!next) return;
    const local = ruleProblems(next);
    if (Object.keys(local).length > 0) {
      form.setFields(Object.entries(local).map(([f, reason]) => ({ name: f as keyof WarningRules, errors: [problemText(t, f, reason)] })));
      return;
    }
    save.mutate(next, {
      onSuccess: (saved) => {
        form.setFieldsValue(saved);
        void message.success(t('rules.saved'));
      },
      onError: (error) => {
        const fields = isApiError(error) ? Object.entries(error.fields).filter(([f]) => (FIELDS as readonly string[]).includes(f)) : [];
        if (fields.length > 0) form.setFields(fields.map(([f, reason]) => ({ name: f as keyof WarningRules, errors: [problemText(t, f, reason)] })));
      },
    });
  };
  const fieldLevelError = isApiError(save.error) && Object.keys(save.error.fields).some((f) => (FIELDS as readonly string[]).includes(f));
  // A live check of the cross-field rule (the high threshold above the fever one), as the server applies it.
  const liveError = (field: keyof WarningRules) => (problems[field] ? { validateStatus: 'error' as const, help: problemText(t, field, problems[field]!) } : {});

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={11}>
        <Card title={t('rules.formTitle')} className="fill-card">
          {save.isError && !fieldLevelError && <Alert type="error" showIcon title={errorText(t, save.error)} className="filter-feedback" data-testid="rules-error" />}
          <Form<WarningRules> form={form} layout="vertical" initialValues={current} onFinish={submit} data-testid="rules-form">
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="feverThreshold" label={t('rules.feverThreshold')} extra={t('rules.feverThresholdHint')} rules={[{ required: true, message: t('fieldError.required') }]} {...liveError('feverThreshold')}>
                  <InputNumber min={35} max={42} step={0.1} precision={1} suffix="°C" style={{ width: '100%' }} data-testid="rules-fever" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="highFeverThreshold" label={t('rules.highFeverThreshold')} extra={t('rules.highFeverThresholdHint')} rules={[{ required: true, message: t('fieldError.required') }]} {...liveError('highFeverThreshold')}>
                  <InputNumber min={35} max={42} step={0.1} precision={1} suffix="°C" style={{ width: '100%' }} data-testid="rules-high-fever" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="warningSymptoms" label={t('rules.warningSymptoms')} extra={t('rules.warningSymptomsHint')}>
              <Checkbox.Group options={declOptions(t, 'symptom', SYMPTOM.codes)} className="rules-symptoms" data-testid="rules-symptoms" />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="keyAreaTravel" label={t('rules.keyAreaTravel')} valuePropName="checked" extra={t('rules.keyAreaTravelHint')}>
                  <Switch data-testid="rules-travel" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="caseContact" label={t('rules.caseContact')} valuePropName="checked" extra={t('rules.caseContactHint')}>
                  <Switch data-testid="rules-contact" />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="redeclareWindowHours" label={t('rules.redeclareWindowHours')} extra={t('rules.redeclareWindowHoursHint')} rules={[{ required: true, message: t('fieldError.required') }]} {...liveError('redeclareWindowHours')}>
                  <InputNumber min={0} max={72} step={1} suffix={t('rules.hours')} style={{ width: '100%' }} data-testid="rules-window" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="overdueHours" label={t('rules.overdueHours')} extra={t('rules.overdueHoursHint')} rules={[{ required: true, message: t('fieldError.required') }]} {...liveError('overdueHours')}>
                  <InputNumber min={0.1} max={72} step={0.5} suffix={t('rules.hours')} style={{ width: '100%' }} data-testid="rules-overdue" />
                </Form.Item>
              </Col>
            </Row>
            <Alert type="info" showIcon title={t('rules.auditNote')} className="filter-feedback" />
            <Space>
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} disabled={!valid} data-testid="rules-save">{t('rules.save')}</Button>
              <Button icon={<UndoOutlined />} onClick={() => form.setFieldsValue(current)} data-testid="rules-undo">{t('rules.undo')}</Button>
            </Space>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={13}>
        <Card title={t('rules.previewTitle')} extra={<span className="text-muted">{t('rules.previewHint')}</span>} className="fill-card">
          <RulesPreview current={current} proposed={valid ? proposed : null} />
        </Card>
      </Col>
    </Row>
  );
}
