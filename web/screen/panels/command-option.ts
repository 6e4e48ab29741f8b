import type { CommandPanel } from '../../../common/contracts/dashboard.ts';
import { commandRates } from '../../lib/command-rates.ts';
import type { ScreenChartOption } from '../charts/echarts.ts';
import { COLORS, legend } from '../charts/style.ts';
import { T } from '../text.ts';

export interface RegionRates {
  code: string;
  name: string;
  read: number;
  done: number;
}

/**
 * The child regions the day's instructions reached, the furthest behind first (least done,
 * then least signed for): what a commander chases. Regions without receipts have no rate and
 * are left out; at most `rows`, since the bars must stay readable from across the room.
 */
export function laggingRegions(children: CommandPanel['children'], rows: number): RegionRates[] {
  return children
    .filter((c) => c.instructionReceipts > 0)
    .map((c) => {
      const rates = commandRates(c);
      return { code: c.code, name: c.name, read: rates.read ?? 0, done: rates.done ?? 0 };
    })
    .sort((a, b) => a.done - b.done || a.read - b.read || a.code.localeCompare(b.code))
    .slice(0, rows);
}

/**
 * 签收率 and 完成率 per region as one horizontal track each, the first region on top: done
 * lies over signed for (never more), as on the instruction rows, both figures at the right.
 */
export function ratesOption(regions: RegionRates[]): ScreenChartOption {
  const regionAxis = (position: 'left' | 'right', data: string[], color: string) => ({
    type: 'category' as const,
    position,
    inverse: true,
    data,
    axisLine: { show: false },
    axisTick: { show: false },
    axisLabel: { color, fontSize: 16, width: 96, overflow: 'truncate' as const },
  });
  return {
    grid: { left: 4, right: 4, top: 28, bottom: 0, containLabel: true },
    legend: { ...legend([T.readRate, T.doneRate]), left: 0, right: undefined },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontSize: 16 }, valueFormatter: (v) => `${String(v)}%` },
    xAxis: { type: 'value', min: 0, max: 100, show: false },
    yAxis: [
      regionAxis('left', regions.map((r) => r.name), COLORS.text),
      regionAxis('right', regions.map((r) => `${r.read}% · ${r.done}%`), COLORS.muted),
    ],
    series: [
      {
        type: 'bar', name: T.readRate, data: regions.map((r) => r.read), barMaxWidth: 14,
        showBackground: true, backgroundStyle: { color: COLORS.grid, borderRadius: 7 },
        itemStyle: { color: 'rgba(63, 216, 255, 0.55)', borderRadius: 7 },
      },
      {
        type: 'bar', name: T.doneRate, data: regions.map((r) => r.done), barMaxWidth: 14, barGap: '-100%',
        itemStyle: { color: COLORS.green, borderRadius: 7 },
      },
    ],
  };
}
