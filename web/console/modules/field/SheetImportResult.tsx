import { Alert, Table, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { REGISTER_PROBLEMS } from '../../../../common/field/register-format.ts';
import { errorText } from '../../../lib/errors.ts';
import { sheetProblems, type SheetRowProblem } from './sheet-import.ts';

/**
 * A problem in the user's language. The server's message is Chinese (with any detail after
 * "："); in English the code's own text is used where one is known.
 */
function problemText(t: TFunction, language: string, p: SheetRowProblem): string {
  if (language !== 'en') return p.message;
  const known = (REGISTER_PROBLEMS as Record<string, { en: string }>)[p.problem]?.en
    || t(`fieldProblem.${p.problem}`, { defaultValue: '' })
    || t(`error.${p.problem}`, { defaultValue: '' });
  if (!known) return p.message;
  const detail = p.message.split('：').slice(1).join('：');
  return detail ? `${known}: ${detail}` : known;
}

type ProblemRow = SheetRowProblem & { key: number };

/** A refused register: why, and for INVALID_REGISTER every problem row by row (nothing was stored). */
export function SheetImportFailed({ error, testId }: { error: unknown; testId: string }) {
  const { t, i18n } = useTranslation();
  const problems = sheetProblems(error);
  const columns: TableColumnsType<ProblemRow> = [
    { title: t('sheetImport.row'), dataIndex: 'row', width: 80, align: 'right' },
    { title: t('sheetImport.rowColumn'), dataIndex: 'column', width: 130, render: (column: string) => column || <span className="text-muted">{t('common.none')}</span> },
    { title: t('sheetImport.problem'), key: 'problem', render: (_: unknown, p) => problemText(t, i18n.language, p) },
  ];
  return (
    <>
      <Alert
        type="error"
        showIcon
        title={errorText(t, error)}
        description={problems.length > 0 && t('sheetImport.problemCount', { count: problems.length })}
        data-testid={`${testId}-failed`}
      />
      {problems.length > 0 && (
        <Table<ProblemRow>
          className="import-table"
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={problems.map((p, key) => ({ ...p, key }))}
          pagination={{ pageSize: 8, hideOnSinglePage: true, size: 'small', showSizeChanger: false }}
          data-testid={`${testId}-errors`}
        />
      )}
    </>
  );
}
