import { EyeOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Marks an arrival still inside its 14-day observation window (the server decides, by today's date). */
export function ObservationTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  if (!active) return null;
  return <Tag color="orange" icon={<EyeOutlined />} data-testid="in-observation">{t('movements.inObservation')}</Tag>;
}
