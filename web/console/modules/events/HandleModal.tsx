import { PlusOutlined } from '@ant-design/icons';
import { Form, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../common/contracts/field.ts';
import { PHOTO_LIMITS } from '../../../../common/field/photos.ts';
import { NoteField } from './NoteField.tsx';
import { StepModal } from './StepModal.tsx';

interface Values { note: string; photos?: UploadFile[] }

/** The server names a refused photo by its place (`photos.1`); the form has one photos field. */
const PHOTO_FIELDS = Object.fromEntries(Array.from({ length: PHOTO_LIMITS.maxPerEvent }, (_, i) => [`photos.${i}`, 'photos']));

const filesOf = (list: UploadFile[] | undefined): File[] => (list ?? []).flatMap((f) => (f.originFileObj ? [f.originFileObj] : []));

/** 处置 by the assignee: what was done, with up to three photos of the scene, sent with the step as multipart. */
export function HandleModal({ event, onClose }: { event: EventView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const photos = Form.useWatch('photos', form) ?? [];
  return (
    <StepModal<Values>
      event={event}
      action="handle"
      form={form}
      toStep={(v) => ({ action: 'handle', note: v.note.trim(), photos: filesOf(v.photos) })}
      fields={['note', 'photos', ...Object.keys(PHOTO_FIELDS)]}
      formNameOf={PHOTO_FIELDS}
      width={600}
      onClose={onClose}
    >
      <NoteField name="note" label={t('events.handleNote')} requiredMessage={t('events.handleNoteRequired')} />
      <Form.Item name="photos" label={t('events.handlePhotos')} extra={t('events.photosHint')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}>
        <Upload listType="picture-card" accept={PHOTO_LIMITS.types.join(',')} maxCount={PHOTO_LIMITS.maxPerEvent} multiple beforeUpload={() => false} data-testid="event-handle-photos">
          {photos.length < PHOTO_LIMITS.maxPerEvent && <span><PlusOutlined /><div>{t('events.addPhoto')}</div></span>}
        </Upload>
      </Form.Item>
    </StepModal>
  );
}
