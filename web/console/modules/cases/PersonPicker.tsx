import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonSearch } from './queries.ts';

interface Props {
  value?: string;
  onChange?: (personId: string) => void;
}

/** A registered person in the user's region, found by part of the name or the whole ID number (shown masked). */
export function PersonPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const found = usePersonSearch(text);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      onChange={onChange}
      placeholder={t('cases.pickPerson')}
      notFoundContent={text.trim() && !found.isFetching ? t('cases.noPerson') : null}
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((p) => ({
        value: p.id,
        label: (
          <span className="case-person-option">
            <strong>{p.name}</strong>
            {p.idNumberMasked && <span className="mono">{p.idNumberMasked}</span>}
            <span className="text-muted">{p.grid.name}</span>
          </span>
        ),
      }))}
      data-testid="case-person-picker"
    />
  );
}
