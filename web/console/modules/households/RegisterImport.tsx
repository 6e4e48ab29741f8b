import { CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Collapse, Modal, Space, Table, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTER_COLUMNS, REGISTER_LIMITS, type RegisterColumn } from '../../../../common/field/register-format.ts';
import { errorText } from '../../../lib/errors.ts';
import { useRegisterImport, useRegisterTemplate } from './queries.ts';
import { RegisterFailed, RegisterSucceeded } from './RegisterImportResult.tsx';

function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Downloads the .xlsx template (with a sheet explaining each column); a refusal shows as a message. */
export function RegisterTemplateButton({ link = false, testId }: { link?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const template = useRegisterTemplate();
  return (
    <Button
      type={link ? 'link' : 'default'}
      icon={<DownloadOutlined />}
      loading={template.isPending}
      onClick={() => template.mutate(undefined, {
        onSuccess: (name) => void message.success(t('households.register.templateDone', { name })),
        onError: (error) => void message.error(errorText(t, error)),
      })}
      data-testid={testId}
    >
      {t('households.register.template')}
    </Button>
  );
}

/** The register's columns with what each takes, as the template's note sheet says. */
function RegisterColumns() {
  const { t } = useTranslation();
  const columns: TableColumnsType<RegisterColumn> = [
    { title: t('households.register.column'), dataIndex: 'header', width: 110, render: (header: string) => <Typography.Text strong>{header}</Typography.Text> },
    {
      title: t('households.register.required'),
      dataIndex: 'required',
      width: 80,
      render: (required: boolean) => (required ? <Tag color="red">{t('households.register.required')}</Tag> : <Tag>{t('households.register.optional')}</Tag>),
    },
    { title: t('households.register.note'), dataIndex: 'key', render: (key: string) => t(`households.register.notes.${key}`, { defaultValue: '' }) || <span className="text-muted">{t('common.none')}</span> },
  ];
  return <Table<RegisterColumn> rowKey="key" size="small" columns={columns} dataSource={REGISTER_COLUMNS} pagination={false} />;
}

function RegisterImportForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const submit = useRegisterImport();
  const [file, setFile] = useState<File | null>(null);
  const [refused, setRefused] = useState<string | null>(null);

  const choose = (chosen: File) => {
    submit.reset();
    if (!chosen.name.toLowerCase().endsWith('.xlsx')) {
      setFile(null);
      setRefused(t('households.register.notXlsx', { name: chosen.name }));
    } else if (chosen.size > REGISTER_LIMITS.maxBytes) {
      setFile(null);
      setRefused(t('households.register.tooLarge', { name: chosen.name }));
    } else {
      setFile(chosen);
      setRefused(null);
    }
  };

  return (
    <>
      <Typography.Paragraph>
        {t('households.register.intro')}
        <br />
        <Typography.Text strong>{t('households.register.allOrNothing')}</Typography.Text>
      </Typography.Paragraph>
      <Collapse
        size="small"
        className="register-columns"
        items={[{ key: 'columns', label: t('households.register.columnsTitle'), children: <RegisterColumns /> }]}
      />
      <div data-testid="register-file" className="register-file">
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          maxCount={1}
          showUploadList={false}
          beforeUpload={(chosen) => {
            choose(chosen);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p className="ant-upload-text">{file ? t('households.register.chosen', { name: file.name, size: fileSize(file.size) }) : t('households.register.choose')}</p>
          <p className="ant-upload-hint">{t('households.register.limits')}</p>
        </Upload.Dragger>
      </div>
      {refused && <Alert className="import-feedback" type="error" showIcon title={refused} data-testid="register-refused" />}
      <div className="import-feedback">
        {submit.isSuccess && <RegisterSucceeded result={submit.data} />}
        {submit.isError && <RegisterFailed error={submit.error} />}
      </div>
      <div className="modal-footer">
        <RegisterTemplateButton link />
        <Space>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button
            type="primary"
            disabled={!file || submit.isSuccess}
            loading={submit.isPending}
            onClick={() => file && submit.mutate(file)}
            data-testid="register-submit"
          >
            {t('households.register.submit')}
          </Button>
        </Space>
      </div>
    </>
  );
}

/** For staff who may import: upload a household register (.xlsx, one row per person), all or nothing. */
export function RegisterImportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setOpen(true)} data-testid="register-import">
        {t('households.register.import')}
      </Button>
      <Modal title={t('households.register.title')} open={open} onCancel={() => setOpen(false)} footer={null} width={820} destroyOnHidden>
        <RegisterImportForm onClose={() => setOpen(false)} />
      </Modal>
    </>
  );
}

/** The page's register actions: the template and the import. */
export function RegisterActions() {
  return (
    <Space wrap>
      <RegisterTemplateButton testId="register-template" />
      <RegisterImportButton />
    </Space>
  );
}
