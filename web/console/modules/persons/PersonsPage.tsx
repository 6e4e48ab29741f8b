import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { FilterBar } from '../lists/FilterBar.tsx';
import { useList } from '../lists/use-list.ts';
import { idNumberRule, phoneRule } from './filter-rules.ts';
import { PersonTable } from './PersonTable.tsx';

export function PersonsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useList('GET /api/persons');

  return (
    <>
      <PageTitle title={t('persons.title')} hint={t('persons.hint')} />
      <Card>
        <FilterBar list={list} testId="persons" fields={[
          { kind: 'region', testId: 'persons-region-filter' },
          { kind: 'text', key: 'name', maxLength: 50, placeholder: t('persons.nameFilter'), width: 160, testId: 'persons-name-filter' },
          { kind: 'text', key: 'idNumber', maxLength: 20, numeric: true, rules: [idNumberRule(t)], placeholder: t('persons.idFilter'), width: 220, testId: 'persons-id-filter' },
          { kind: 'text', key: 'phone', maxLength: 20, numeric: true, rules: [phoneRule(t)], placeholder: t('persons.phoneFilter'), width: 180, testId: 'persons-phone-filter' },
        ]} />
        <PersonTable list={list} onOpen={(p) => void navigate(`/persons/${p.id}`)} />
      </Card>
    </>
  );
}
