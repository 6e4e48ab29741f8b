import { DIRECTION, HEALTH_STATUS, ORIGIN_CATEGORY, TRANSPORT } from '../../../common/field/vocabulary.ts';
import { chinaDate } from '../../../common/time.ts';
import { newestFirst } from '../../db/keyset.ts';
import type { Column } from '../../excel/sheet.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import { EXPORT_BATCH_ROWS, type ListExport } from '../exports/list-export.ts';
import { movementFilter, toMovementView, type MovementQuery } from '../register/movements.ts';
import { countMovementsUpTo, movementsOlderThan } from '../register/movements-store.ts';
import type { MovementView } from '../../../common/contracts/field.ts';

const label = <K extends string>(table: Record<K, { zh: string }>, key: K | null) => (key ? table[key].zh : '');

/** The sheet's columns; the benchmark's in-memory baseline writes the same ones. */
export const MOVEMENT_COLUMNS: Column<MovementView>[] = [
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

/** Arrivals and departures as an Excel workbook, newest registered first; names masked; the export itself is audited. */
export function movementsExport(services: AppServices, actor: Actor, q: MovementQuery): ListExport<MovementView> {
  const filter = movementFilter(actor, q);
  if (!filter) throw new AppError('OUT_OF_SCOPE');
  const { db } = services.database;
  const viewer = { ...actor, role: 'staff' as const };
  const today = chinaDate(new Date());
  return {
    file: 'movements',
    sheet: { name: '人员流动', columns: MOVEMENT_COLUMNS },
    audit: { action: 'export.movements', targetType: 'movements', regionCode: filter.scope, filter: { ...filter, scope: undefined } },
    count: (cap) => countMovementsUpTo(db, filter, cap),
    async* batches() {
      for await (const rows of newestFirst((after, limit) => movementsOlderThan(db, filter, after, limit), EXPORT_BATCH_ROWS)) {
        yield rows.map((r) => toMovementView(r, viewer, today));
      }
    },
    notes: (rows) => [`导出时间 ${new Date().toISOString()} · 共 ${rows} 条 · 姓名已脱敏 · 本次导出已记入审计日志`],
  };
}
