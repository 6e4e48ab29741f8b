import { CloudUploadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Modal, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api.ts';
import { ImportFailed, ImportSucceeded } from './ImportResultView.tsx';
import { REGION_ROOT_KEY } from './queries.ts';
import { readLayerFile, type LayerFile } from './read-layer.ts';

function ImportLayerForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<LayerFile | null>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const submit = useMutation({
    mutationFn: (layer: LayerFile) => api('POST /api/regions/import', { query: { dryRun }, body: layer.layer }),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: REGION_ROOT_KEY });
    },
  });

  const choose = async (chosen: File) => {
    submit.reset();
    const read = await readLayerFile(chosen);
    setFile(read);
    setUnreadable(read ? null : chosen.name);
  };

  return (
    <>
      <div data-testid="import-file">
        <Upload.Dragger accept=".geojson,.json" multiple={false} showUploadList={false} beforeUpload={(chosen) => { void choose(chosen); return false; }}>
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p className="ant-upload-text">{file ? t('regions.importFileChosen', { name: file.name, count: file.featureCount }) : t('regions.importChoose')}</p>
          <p className="ant-upload-hint">{t('regions.importHint')}</p>
        </Upload.Dragger>
      </div>
      {unreadable && <Alert className="import-feedback" type="error" showIcon title={t('regions.importUnreadable', { name: unreadable })} />}
      <div className="import-feedback">
        {submit.isSuccess && <ImportSucceeded result={submit.data} />}
        {submit.isError && <ImportFailed error={submit.error} />}
      </div>
      <div className="modal-footer">
        <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} data-testid="import-dry-run">{t('regions.importDryRun')}</Checkbox>
        <Space>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button type="primary" disabled={!file} loading={submit.isPending} onClick={() => file && submit.mutate(file)} data-testid="import-submit">
            {t(dryRun ? 'regions.importValidate' : 'regions.importSubmit')}
          </Button>
        </Space>
      </div>
    </>
  );
}

/** For administrators: upload a GeoJSON region layer, optionally only validating it. */
export function ImportLayerButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setOpen(true)} data-testid="import-layer">{t('regions.import')}</Button>
      <Modal title={t('regions.importTitle')} open={open} onCancel={() => setOpen(false)} footer={null} width={760} destroyOnHidden>
        <ImportLayerForm onClose={() => setOpen(false)} />
      </Modal>
    </>
  );
}
