import { useTranslation } from 'react-i18next';
import { CASE_IMPORT_COLUMNS } from '../../../../common/cases/import-format.ts';
import { apiUrl, type ApiResponse } from '../../../lib/api.ts';
import type { SheetImportConfig } from '../field/sheet-import.ts';
import { SheetImportActions } from '../field/SheetImport.tsx';
import { CASES_KEY } from './queries.ts';

/** The case register (one row per case, all or nothing), for health staff: its template and its import. */
export function CaseImportActions() {
  const { t } = useTranslation();
  const config: SheetImportConfig<ApiResponse<'POST /api/cases/import'>> = {
    testId: 'case-import',
    columns: CASE_IMPORT_COLUMNS,
    templatePath: apiUrl('GET /api/cases/import-template'),
    importPath: apiUrl('POST /api/cases/import'),
    // People without a registered ID number are registered by the import.
    invalidates: [CASES_KEY, ['persons']],
    texts: {
      template: t('cases.import.template'),
      import: t('cases.import.import'),
      title: t('cases.import.title'),
      intro: t('cases.import.intro'),
      note: (key) => t(`cases.import.notes.${key}`, { defaultValue: '' }),
      imported: (result) => t('cases.import.imported', { cases: result.cases, persons: result.newPersons }),
    },
  };
  return <SheetImportActions config={config} />;
}
