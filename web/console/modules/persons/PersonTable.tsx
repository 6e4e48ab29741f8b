import { Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../common/contracts/field.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ageText, bornText } from '../field/age.ts';
import { term } from '../field/labels.ts';
import { ListTable } from '../lists/ListTable.tsx';
import type { ListState } from '../lists/use-list.ts';

interface Props {
  list: ListState<'GET /api/persons'>;
  onOpen: (person: PersonView) => void;
}

/** People as the server lists them: names masked for everyone but grid workers, numbers always masked. */
export function PersonTable({ list, onOpen }: Props) {
  const { t } = useTranslation();
  const masked = (v: string | null) => (v ? <span className="mono">{v}</span> : <span className="text-muted">{t('common.none')}</span>);
  const columns: TableColumnsType<PersonView> = [
    { title: t('persons.name'), dataIndex: 'name', width: 110, render: (name: string) => <span data-testid="person-name">{name}</span> },
    { title: t('persons.idNumber'), dataIndex: 'idNumberMasked', width: 200, render: masked },
    { title: t('persons.phone'), dataIndex: 'phoneMasked', width: 130, render: masked },
    { title: t('persons.sex'), dataIndex: 'sex', width: 70, render: (s: string | null) => term(t, 'sex', s) },
    { title: t('personAge.column'), dataIndex: 'birthYear', width: 80, render: (year: number | null) => <Tooltip title={bornText(t, year)}><span data-testid="person-age">{ageText(t, year)}</span></Tooltip> },
    { title: t('persons.relation'), dataIndex: 'relation', width: 110, render: (r: string | null) => term(t, 'relation', r) },
    { title: t('field.grid'), dataIndex: ['grid', 'name'], render: (name: string, p) => <Tooltip title={p.grid.code}>{name}</Tooltip> },
    { title: t('field.registeredAt'), dataIndex: 'createdAt', width: 150, render: (at: string) => formatDateTime(at) },
  ];
  return <ListTable list={list} columns={columns} testId="persons-table" rows={{ testId: 'person-row', onOpen }} totalKey="persons.total" />;
}
