import { DIRECTION, HEALTH_STATUS, ORIGIN_CATEGORY, TRANSPORT } from '../../../common/field/vocabulary.ts';
import { chinaDate } from '../../../common/time.ts';
import { workbookOf, type Column } from '../../excel/sheet.ts';
import type { Actor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { AppServices } from '../../services.ts';
import { recordAudit } from '../audit/service.ts';
import { movementFilter, toMovementView, type MovementQuery } from './service.ts';
import { listMovements } from './store.ts';
import type { MovementView } from '../../../common/contracts/field.ts';

/** An export larger than this is refused: narrow the filter (region, dates) instead. */
export const MAX_EXPORT_ROWS = 50_000;

const label = <K extends string>(table: Record<K, { zh: string }>, key: K | null) => (key ? table[key].zh : '');

const COLUMNS: Column<MovementView>[] = [
  { header: '方向', width: 10, value: (m) => label(DIRECTION.labels, m.direction) },
  { header: '姓名', width: 10, value: (m) => m.personName },
  { header: '来源/去向', width: 14, value: (m) => label(ORIGIN_CATEGORY.labels, m.category) },
  { header: '省份', width: 10, value: (m) => m.province },
  { header: '城市', width: 12, value: (m) => m.city },
  { header: '离开日期', width: 12, value: (m) => m.leftOn },
  { header: '到达日期', width: 12, value: (m) => m.arrivedOn },
  { header: '交通方式', width: 10, value: (m) => label(TRANSPORT.labels, m.transport) },
  { header: '健康状况', width: 16, value: (m) => label(HEALTH_STATUS.labels, m.healthStatus) },
  { header: '观察期截止', width: 12, value: (m) => m.observationEndsOn },
  { header: '观察中', width: 8, value: (m) => (m.inObservation ? '是' : '否') },
  { header: '网格', width: 22, value: (m) => m.grid.name },
  { header: '网格编码', width: 18, value: (m) => m.grid.code },
  { header: '登记时间', width: 20, value: (m) => m.createdAt.replace('T', ' ').slice(0, 19) },
];

/** Arrivals and departures as an Excel workbook; names masked; the export itself is audited. */
export async function exportMovements(services: AppServices, actor: Actor, q: MovementQuery, requestId: string): Promise<Buffer> {
  const filter = movementFilter(actor, q);
  if (!filter) throw new AppError('OUT_OF_SCOPE');
  const { rows, total } = await listMovements(services.database.db, filter, { offset: 0, limit: MAX_EXPORT_ROWS }, MAX_EXPORT_ROWS);
  if (total > MAX_EXPORT_ROWS) {
    throw new AppError('VALIDATION_FAILED', `${total} rows match; narrow the filter to at most ${MAX_EXPORT_ROWS}`, { region: 'TOO_MANY_ROWS' });
  }
  const viewer = { ...actor, role: 'staff' as const };
  const today = chinaDate(new Date());
  await services.database.transaction((tx) => recordAudit(tx, actor, {
    action: 'export.movements', targetType: 'movements', regionCode: filter.scope,
    detail: { rows: rows.length, filter: { ...filter, scope: undefined }, requestId },
  }));
  return workbookOf('人员流动', COLUMNS, rows.map((r) => toMovementView(r, viewer, today)), [
    `导出时间 ${new Date().toISOString()} · 共 ${rows.length} 条 · 姓名已脱敏 · 本次导出已记入审计日志`,
  ]);
}
