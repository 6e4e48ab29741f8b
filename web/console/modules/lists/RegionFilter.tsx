import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/session.ts';
import { regionDetailQuery } from '../regions/queries.ts';
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
  // A region set by another page (the overview's figures) lies in a branch the tree has not
  // loaded: its name comes from here rather than showing as a bare code.
  const picked = useQuery({ ...regionDetailQuery(value ?? ''), enabled: value !== undefined, staleTime: Infinity });
  return (
    <RegionTreeSelect
      value={value}
      onChange={onChange}
      initialLabel={picked.data?.name}
      allowClear
      placeholder={t('field.regionAll', { region: me.region.name })}
      style={{ width: 240 }}
      data-testid={testId}
    />
  );
}
