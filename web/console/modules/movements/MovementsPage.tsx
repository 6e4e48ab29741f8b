import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { DIRECTION, ORIGIN_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan } from '../auth/session.ts';
import { termOptions } from '../field/labels.ts';
import { FilterBar } from '../lists/FilterBar.tsx';
import { useIncomingFilters } from '../lists/incoming-filters.ts';
import { useList } from '../lists/use-list.ts';
import { ExportButton } from './ExportButton.tsx';
import { MovementTable } from './MovementTable.tsx';

export function MovementsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useList('GET /api/movements');
  useIncomingFilters(list.setFilters);

  return (
    <>
      <PageTitle title={t('movements.title')} hint={t('movements.hint')} extra={can('field.export') && <ExportButton filters={list.filters} />} />
      <Card>
        <FilterBar list={list} testId="movements" fields={[
          { kind: 'region', testId: 'movements-region-filter' },
          { kind: 'select', key: 'direction', placeholder: t('movements.direction'), options: termOptions(t, 'direction', DIRECTION.codes), width: 130, testId: 'movements-direction-filter' },
          { kind: 'select', key: 'category', placeholder: t('movements.category'), options: termOptions(t, 'originCategory', ORIGIN_CATEGORY.codes), width: 170, testId: 'movements-category-filter' },
          { kind: 'days', testId: 'movements-date-filter' },
          { kind: 'switch', key: 'inObservation', label: t('movements.onlyObservation'), testId: 'movements-observation-filter' },
        ]} />
        <MovementTable list={list} />
      </Card>
    </>
  );
}
