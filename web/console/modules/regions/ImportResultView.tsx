import { Alert, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportProblem, ImportResult } from '../../../../common/contracts/regions.ts';
import { isApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { levelLabel } from './region-labels.ts';

type ImportedRegion = ImportResult['regions'][number];

export function ImportSucceeded({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ImportedRegion> = [
    { title: t('regions.code'), dataIndex: 'code', render: (code: string) => <span className="mono">{code}</span> },
    { title: t('regions.name'), dataIndex: 'name' },
    { title: t('regions.level'), dataIndex: 'level', render: (level: number) => levelLabel(t, level) },
    { title: t('regions.importChange'), dataIndex: 'created', render: (created: boolean) => <Tag color={created ? 'green' : 'blue'}>{t(created ? 'regions.importCreated' : 'regions.importUpdated')}</Tag> },
  ];
  return (
    <>
      <Alert
        type="success"
        showIcon
        title={t(result.dryRun ? 'regions.importDryRunOk' : 'regions.importOk', { created: result.created, updated: result.updated })}
        data-testid="import-result"
      />
      <Table<ImportedRegion> className="import-table" rowKey="code" size="small" columns={columns} dataSource={result.regions} pagination={{ pageSize: 5, hideOnSinglePage: true, size: 'small' }} />
    </>
  );
}

export function ImportFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problems = isApiError(error) ? error.problems : [];
  const columns: TableColumnsType<ImportProblem> = [
    { title: t('regions.problemFeature'), dataIndex: 'feature', width: 90, render: (index: number) => `#${index}` },
    { title: t('regions.problemRef'), dataIndex: 'ref', width: 150, render: (ref: string | null) => ref ?? t('common.none') },
    { title: t('regions.problem'), dataIndex: 'problem', width: 200, render: (code: string) => t(`layerProblem.${code}`, { defaultValue: code }) },
    { title: t('regions.problemMessage'), dataIndex: 'message', render: (message: string) => <span className="text-muted">{message}</span> },
  ];
  return (
    <>
      <Alert type="error" showIcon title={errorText(t, error)} description={problems.length > 0 && t('regions.problemCount', { count: problems.length })} data-testid="import-error" />
      {problems.length > 0 && (
        <Table<ImportProblem>
          className="import-table"
          rowKey={(p) => `${p.feature}-${p.problem}`}
          size="small"
          columns={columns}
          dataSource={problems}
          pagination={{ pageSize: 6, hideOnSinglePage: true, size: 'small' }}
          data-testid="import-problems"
        />
      )}
    </>
  );
}
