import type { DailyQuery, DeclarationDaily, DeclarationDay } from '../../../../common/contracts/declarations.ts';
import { SYMPTOM } from '../../../../common/declarations/vocabulary.ts';
import { reportTable } from '../../../excel/report-sheet.ts';
import { declarationDaily } from '../../declarations/daily.ts';
import type { SheetBody } from '../heading.ts';
import type { PanelExport } from '../panel-export.ts';

/** 体征监测: one row per day, declarations, each symptom, warnings raised and verified; open ones as a note. */
export function vitalSignsBody(v: DeclarationDaily): SheetBody {
  const table = reportTable<DeclarationDay>([
    { header: '日期', format: 'date', value: (d) => d.day },
    { header: '申报人次', group: '健康申报', value: (d) => d.declarations },
    { header: '进入', group: '健康申报', value: (d) => d.entering },
    { header: '外出', group: '健康申报', value: (d) => d.leaving },
    { header: '拦截', group: '健康申报', value: (d) => d.stops },
    { header: '体温异常', group: '健康申报', value: (d) => d.feverTemperatures },
    ...SYMPTOM.codes.map((s) => ({ header: SYMPTOM.labels[s].zh, group: '症状人次', value: (d: DeclarationDay) => d.symptoms[s] ?? 0 })),
    { header: '新发', group: '预警', value: (d) => d.warningsRaised },
    { header: '完成核实', group: '预警', value: (d) => d.warningsVerified },
  ], v.days, { caption: '每日健康申报、症状与预警', totals: true });
  return {
    tables: [table],
    notes: [
      `生成时待核实预警 ${v.openWarnings} 条，其中超时未核实 ${v.overdueWarnings} 条。`,
      '一次申报可报多项症状，各症状人次相加可多于申报人次。',
    ],
    landscape: true,
  };
}

export const vitalSignsExport: PanelExport<DailyQuery> = {
  panel: 'vital-signs',
  async load(services, actor, query, now) {
    const v = await declarationDaily(services, actor, query, now);
    return { period: { from: query.from, to: query.to }, body: vitalSignsBody(v) };
  },
};
