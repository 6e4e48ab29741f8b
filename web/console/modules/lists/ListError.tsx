import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errors.ts';

/** A list that failed to load says why, above the (empty) table. */
export function ListError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert className="filter-feedback" type="error" showIcon title={errorText(t, error)} />;
}
