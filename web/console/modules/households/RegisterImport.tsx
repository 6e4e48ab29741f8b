import { useTranslation } from 'react-i18next';
import { REGISTER_COLUMNS } from '../../../../common/field/register-format.ts';
import { apiUrl, type ApiResponse } from '../../../lib/api.ts';
import type { SheetImportConfig } from '../field/sheet-import.ts';
import { SheetImportActions } from '../field/SheetImport.tsx';
import { HOUSEHOLDS_KEY } from './queries.ts';

/** The household register (one row per person, all or nothing), for staff who may import: its template and its import. */
export function RegisterActions() {
  const { t } = useTranslation();
  const config: SheetImportConfig<ApiResponse<'POST /api/households/import'>> = {
    testId: 'register',
    columns: REGISTER_COLUMNS,
    templatePath: apiUrl('GET /api/households/import/template'),
    importPath: apiUrl('POST /api/households/import'),
    // The persons lists hold the members an import adds.
    invalidates: [HOUSEHOLDS_KEY, ['persons']],
    texts: {
      template: t('households.register.template'),
      import: t('households.register.import'),
      title: t('households.register.title'),
      intro: t('households.register.intro'),
      note: (key) => t(`households.register.notes.${key}`, { defaultValue: '' }),
      imported: (result) => t('households.register.imported', { households: result.households, persons: result.persons }),
    },
  };
  return <SheetImportActions config={config} />;
}
