import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckpointUpdate, CheckpointView } from '../../../../common/contracts/declarations.ts';
import { CHECKPOINT_KIND, type CheckpointKind } from '../../../../common/declarations/vocabulary.ts';
import { LEVEL_CODE_LENGTH, levelOfCode } from '../../../../common/regions/codes.ts';
import { isApiError } from '../../../lib/api.ts';
import { errorText, fieldErrorText } from '../../../lib/errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { RegionTreeSelect } from '../regions/RegionTreeSelect.tsx';
import { declOptions } from '../vital-signs/terms.ts';
import { LocationPicker } from './LocationPicker.tsx';
import { useCheckpointMutations } from './queries.ts';
import { nameRule } from '../../ui/text-rules.ts';

interface Values {
  name: string;
  kind: CheckpointKind;
  /** Whose outline the map draws; not sent (the server places the checkpoint by its location). */
  mapRegion?: string;
  lon?: number;
  lat?: number;
}

interface Props {
  /** null: a new checkpoint. */
  checkpoint: CheckpointView | null;
  onClose: () => void;
}

const COMMUNITY_LEVEL = 4;
const NAME_MAX = 60;

/** The community a user works in, when bound to one (or to one of its grids). */
function ownCommunity(code: string): string | undefined {
  const level = levelOfCode(code) ?? 0;
  return level >= COMMUNITY_LEVEL ? code.slice(0, LEVEL_CODE_LENGTH[COMMUNITY_LEVEL]) : undefined;
}

/** Where the server's reasons go: a refused location shows under the coordinates. */
const FIELD_OF: Record<string, keyof Values> = { name: 'name', kind: 'kind', location: 'lon' };

/** Create or edit a checkpoint; mounted only while open. The grid and community follow from the location. */
export function CheckpointFormModal({ checkpoint, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const { create, update } = useCheckpointMutations();
  const pending = create.isPending || update.isPending;
  const mapRegion = Form.useWatch('mapRegion', form);
  const lon = Form.useWatch('lon', form);
  const lat = Form.useWatch('lat', form);
  const point = typeof lon === 'number' && typeof lat === 'number' ? { lon, lat } : null;
  const mapLevel = mapRegion ? levelOfCode(mapRegion) ?? 0 : 0;

  const onError = (error: unknown) => {
    const fields = isApiError(error) ? Object.entries(error.fields).filter(([f]) => f in FIELD_OF) : [];
    if (fields.length > 0) form.setFields(fields.map(([f, reason]) => ({ name: FIELD_OF[f]!, errors: [fieldErrorText(t, reason)] })));
    else void message.error(errorText(t, error));
  };
  const submit = (values: Values) => {
    const location = { lon: values.lon!, lat: values.lat!, crs: 'wgs84' as const };
    if (!checkpoint) {
      create.mutate({ name: values.name.trim(), kind: values.kind, location }, {
        onSuccess: (created) => {
          void message.success(t('checkpoints.created', { name: created.name, grid: created.grid.name }));
          onClose();
        },
        onError,
      });
      return;
    }
    const changes: CheckpointUpdate = {
      ...(values.name.trim() !== checkpoint.name ? { name: values.name.trim() } : {}),
      ...(values.kind !== checkpoint.kind ? { kind: values.kind } : {}),
      ...(values.lon !== checkpoint.lon || values.lat !== checkpoint.lat ? { location } : {}),
    };
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate({ id: checkpoint.id, ...changes }, {
      onSuccess: () => {
        void message.success(t('checkpoints.saved'));
        onClose();
      },
      onError,
    });
  };

  return (
    <Modal
      open
      title={checkpoint ? t('checkpoints.editTitle', { name: checkpoint.name }) : t('checkpoints.createTitle')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      confirmLoading={pending}
      onCancel={onClose}
      width={760}
      okButtonProps={{ 'data-testid': 'checkpoint-form-submit' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={checkpoint
          ? { name: checkpoint.name, kind: checkpoint.kind, mapRegion: checkpoint.community.code, lon: checkpoint.lon, lat: checkpoint.lat }
          : { kind: 'residential_entrance', mapRegion: ownCommunity(me.region.code) }}
        data-testid="checkpoint-form"
      >
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="name" label={t('checkpoints.name')} rules={[{ required: true, whitespace: true, message: t('checkpoints.nameRequired') }, nameRule(t)]}>
              <Input maxLength={NAME_MAX} showCount placeholder={t('checkpoints.namePlaceholder')} data-testid="checkpoint-form-name" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="kind" label={t('checkpoints.kind')} rules={[{ required: true }]}>
              <Select options={declOptions(t, 'checkpointKind', CHECKPOINT_KIND.codes)} data-testid="checkpoint-form-kind" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="mapRegion" label={t('checkpoints.mapRegion')} extra={t('checkpoints.mapRegionHint')}>
          <RegionTreeSelect initialLabel={checkpoint?.community.name} placeholder={t('checkpoints.mapRegionPlaceholder')} data-testid="checkpoint-form-region" />
        </Form.Item>
        {mapRegion && mapLevel >= COMMUNITY_LEVEL && (
          <LocationPicker
            region={mapRegion}
            value={point}
            editing={checkpoint?.id}
            onChange={(p) => {
              form.setFieldsValue(p);
              form.setFields([{ name: 'lon', errors: [] }]);
            }}
          />
        )}
        {mapRegion && mapLevel < COMMUNITY_LEVEL && <Alert type="info" showIcon title={t('checkpoints.pickCommunity')} className="filter-feedback" />}
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="lon" label={t('checkpoints.lon')} rules={[{ required: true, message: t('checkpoints.locationRequired') }]}>
              <InputNumber min={-180} max={180} step={0.0001} precision={6} style={{ width: '100%' }} data-testid="checkpoint-form-lon" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="lat" label={t('checkpoints.lat')} rules={[{ required: true, message: t('checkpoints.locationRequired') }]}>
              <InputNumber min={-90} max={90} step={0.0001} precision={6} style={{ width: '100%' }} data-testid="checkpoint-form-lat" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
