import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/session.ts';
import { RegionTreeSelect } from '../regions/RegionTreeSelect.tsx';

interface Props {
  value?: string;
  onChange: (code: string | undefined) => void;
  'data-testid'?: string;
}

/** Narrows a list to a region inside the user's own (empty: the whole jurisdiction). */
export function RegionFilter({ value, onChange, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <RegionTreeSelect
      value={value}
      onChange={onChange}
      allowClear
      placeholder={t('field.regionAll', { region: me.region.name })}
      style={{ width: 240 }}
      data-testid={testId}
    />
  );
}
