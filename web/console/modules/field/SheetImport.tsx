import { CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Collapse, Modal, Space, Table, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTER_LIMITS } from '../../../../common/field/register-format.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatBytes } from '../../../lib/format.ts';
import { useSheetImport, useSheetTemplate, type SheetImportConfig } from './sheet-import.ts';
import { SheetImportFailed } from './SheetImportResult.tsx';

/** Downloads the .xlsx template (with a sheet explaining each column); a refusal shows as a message. */
function SheetTemplateButton<R>({ config, link = false }: { config: SheetImportConfig<R>; link?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const template = useSheetTemplate(config.templatePath);
  return (
    <Button
      type={link ? 'link' : 'default'}
      icon={<DownloadOutlined />}
      loading={template.isPending}
      onClick={() => template.mutate(undefined, {
        onSuccess: (name) => void message.success(t('sheetImport.templateDone', { name })),
        onError: (error) => void message.error(errorText(t, error)),
      })}
      data-testid={link ? undefined : `${config.testId}-template`}
    >
      {config.texts.template}
    </Button>
  );
}

type Column = SheetImportConfig<unknown>['columns'][number];

/** The register's columns with what each takes, as the template's note sheet says. */
function SheetColumns<R>({ config }: { config: SheetImportConfig<R> }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Column> = [
    { title: t('sheetImport.column'), dataIndex: 'header', width: 110, render: (header: string) => <Typography.Text strong>{header}</Typography.Text> },
    {
      title: t('sheetImport.required'),
      dataIndex: 'required',
      width: 80,
      render: (required: boolean) => (required ? <Tag color="red">{t('sheetImport.required')}</Tag> : <Tag>{t('sheetImport.optional')}</Tag>),
    },
    { title: t('sheetImport.note'), dataIndex: 'key', render: (key: string) => config.texts.note(key) || <span className="text-muted">{t('common.none')}</span> },
  ];
  return <Table<Column> rowKey="key" size="small" columns={columns} dataSource={[...config.columns]} pagination={false} />;
}

function SheetImportForm<R>({ config, onClose }: { config: SheetImportConfig<R>; onClose: () => void }) {
  const { t } = useTranslation();
  const submit = useSheetImport<R>(config);
  const [file, setFile] = useState<File | null>(null);
  const [refused, setRefused] = useState<string | null>(null);

  const choose = (chosen: File) => {
    submit.reset();
    if (!chosen.name.toLowerCase().endsWith('.xlsx')) {
      setFile(null);
      setRefused(t('sheetImport.notXlsx', { name: chosen.name }));
    } else if (chosen.size > REGISTER_LIMITS.maxBytes) {
      setFile(null);
      setRefused(t('sheetImport.tooLarge', { name: chosen.name }));
    } else {
      setFile(chosen);
      setRefused(null);
    }
  };

  return (
    <>
      <Typography.Paragraph>
        {config.texts.intro}
        <br />
        <Typography.Text strong>{t('sheetImport.allOrNothing')}</Typography.Text>
      </Typography.Paragraph>
      <Collapse
        size="small"
        className="register-columns"
        items={[{ key: 'columns', label: t('sheetImport.columnsTitle'), children: <SheetColumns config={config} /> }]}
      />
      <div data-testid={`${config.testId}-file`} className="register-file">
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
          <p className="ant-upload-text">{file ? t('sheetImport.chosen', { name: file.name, size: formatBytes(file.size) }) : t('sheetImport.choose')}</p>
          <p className="ant-upload-hint">{t('sheetImport.limits')}</p>
        </Upload.Dragger>
      </div>
      {refused && <Alert className="import-feedback" type="error" showIcon title={refused} data-testid={`${config.testId}-refused`} />}
      <div className="import-feedback">
        {submit.isSuccess && <Alert type="success" showIcon title={config.texts.imported(submit.data)} data-testid={`${config.testId}-result`} />}
        {submit.isError && <SheetImportFailed error={submit.error} testId={config.testId} />}
      </div>
      <div className="modal-footer">
        <SheetTemplateButton config={config} link />
        <Space>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button
            type="primary"
            disabled={!file || submit.isSuccess}
            loading={submit.isPending}
            onClick={() => file && submit.mutate(file)}
            data-testid={`${config.testId}-submit`}
          >
            {t('sheetImport.submit')}
          </Button>
        </Space>
      </div>
    </>
  );
}

/** Upload a register (.xlsx), all or nothing, in a dialog that explains its columns and reports its problems row by row. */
function SheetImportButton<R>({ config }: { config: SheetImportConfig<R> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setOpen(true)} data-testid={`${config.testId}-import`}>
        {config.texts.import}
      </Button>
      <Modal title={config.texts.title} open={open} onCancel={() => setOpen(false)} footer={null} width={820} destroyOnHidden>
        <SheetImportForm config={config} onClose={() => setOpen(false)} />
      </Modal>
    </>
  );
}

/** A page's register actions: the template and the import. */
export function SheetImportActions<R>({ config }: { config: SheetImportConfig<R> }) {
  return (
    <Space wrap>
      <SheetTemplateButton config={config} />
      <SheetImportButton config={config} />
    </Space>
  );
}
