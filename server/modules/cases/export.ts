import type { CaseQuery, CaseView } from '../../../common/contracts/cases.ts';
import { CASE_STATUS } from '../../../common/cases/vocabulary.ts';
import { SEX } from '../../../common/field/vocabulary.ts';
import { workbookOf, type Column } from '../../excel/sheet.ts';
import type { Actor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { AppServices } from '../../services.ts';
import { recordAudit } from '../audit/service.ts';
import { MAX_EXPORT_ROWS } from '../movements/export.ts';
import { toCaseView } from './presenter.ts';
import { caseFilter } from './service.ts';
import { listCases } from './store.ts';

const regionAt = (c: CaseView, level: number) => c.regionPath.find((r) => r.level === level)?.name ?? '';

const COLUMNS: Column<CaseView>[] = [
  { header: '姓名', width: 10, value: (c) => c.name },
  { header: '身份证号', width: 22, value: (c) => c.idNumberMasked },
  { header: '手机号', width: 14, value: (c) => c.phoneMasked },
  { header: '性别', width: 6, value: (c) => (c.sex ? SEX.labels[c.sex].zh : '') },
  { header: '状态', width: 8, value: (c) => CASE_STATUS.labels[c.status].zh },
  { header: '日期', width: 12, value: (c) => c.statusOn },
  { header: '信息来源', width: 20, value: (c) => c.source },
  { header: '备注', width: 30, value: (c) => c.note },
  { header: '区县', width: 12, value: (c) => regionAt(c, 2) },
  { header: '街道乡镇', width: 14, value: (c) => regionAt(c, 3) },
  { header: '社区村', width: 14, value: (c) => regionAt(c, 4) },
  { header: '网格', width: 22, value: (c) => c.grid.name },
  { header: '网格编码', width: 18, value: (c) => c.grid.code },
  { header: '登记时间', width: 20, value: (c) => c.createdAt.replace('T', ' ').slice(0, 19) },
];

/** The register as filtered, as an Excel workbook; personal data masked; the export itself is audited. */
export async function exportCases(services: AppServices, actor: Actor, q: CaseQuery, requestId: string): Promise<Buffer> {
  const filter = caseFilter(actor, q);
  if (!filter) throw new AppError('OUT_OF_SCOPE');
  const { rows, total } = await listCases(services.database.db, filter, { offset: 0, limit: MAX_EXPORT_ROWS }, MAX_EXPORT_ROWS);
  if (total > MAX_EXPORT_ROWS) {
    throw new AppError('VALIDATION_FAILED', `${total} rows match; narrow the filter to at most ${MAX_EXPORT_ROWS}`, { region: 'TOO_MANY_ROWS' });
  }
  await services.database.transaction((tx) => recordAudit(tx, actor, {
    action: 'export.cases', targetType: 'cases', regionCode: filter.scope,
    detail: { rows: rows.length, filter: { ...filter, scope: undefined }, requestId },
  }));
  return workbookOf('病例登记', COLUMNS, rows.map((r) => toCaseView(r)), [
    `导出时间 ${new Date().toISOString()} · 共 ${rows.length} 条 · 姓名、身份证号、手机号已脱敏 · 本次导出已记入审计日志`,
  ]);
}
