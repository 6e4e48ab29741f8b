import { FileImageOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstructionFile } from '../../../../common/contracts/instructions.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatBytes } from '../../../lib/format.ts';
import { send } from '../field/download.ts';

/** An uploaded file before the instruction or feedback that names it is sent. */
export interface StagedFileValue {
  id: string;
  name: string;
  contentType: string;
  bytes: number;
}

async function uploadFile(file: File): Promise<StagedFileValue> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await send('/api/instructions/files', { method: 'POST', body, headers: { accept: 'application/json' } });
  return (await response.json()) as StagedFileValue;
}

/**
 * Files for an instruction (images or PDF) or a feedback (`photosOnly`): each goes up as soon
 * as it is picked, and the form keeps the ids the server answered, in order.
 */
export function FileUploadInput({ value = [], onChange, max, photosOnly = false, testId }: {
  value?: StagedFileValue[]; onChange?: (files: StagedFileValue[]) => void; max: number; photosOnly?: boolean; testId: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fileList: UploadFile[] = value.map((f) => ({ uid: f.id, name: `${f.name}（${formatBytes(f.bytes)}）`, status: 'done' }));
  return (
    <Upload
      accept={photosOnly ? 'image/jpeg,image/png,image/webp' : 'image/jpeg,image/png,image/webp,application/pdf'}
      fileList={fileList}
      multiple
      maxCount={max}
      onRemove={(file) => onChange?.(value.filter((f) => f.id !== file.uid))}
      customRequest={({ file, onSuccess, onError }) => {
        uploadFile(file as File).then((staged) => {
          onChange?.([...value, staged].slice(0, max));
          onSuccess?.(staged);
        }, (error: unknown) => {
          void message.error(t('instructions.files.failed', { name: (file as File).name, reason: errorText(t, error) }));
          onError?.(error as Error);
        });
      }}
      showUploadList={{ showPreviewIcon: false }}
      data-testid={testId}
    >
      {value.length < max && <Button icon={<UploadOutlined />}>{t(photosOnly ? 'instructions.files.addPhoto' : 'instructions.files.add', { max })}</Button>}
    </Upload>
  );
}

/** The files an instruction or a feedback carries, each opened in a new tab. */
export function FileLinks({ files, testId }: { files: InstructionFile[]; testId: string }) {
  if (files.length === 0) return null;
  return (
    <Space wrap data-testid={testId}>
      {files.map((f) => (
        <a key={f.id} href={f.url} target="_blank" rel="noreferrer">
          {f.contentType === 'application/pdf' ? <FilePdfOutlined /> : <FileImageOutlined />} {f.name}
        </a>
      ))}
    </Space>
  );
}
