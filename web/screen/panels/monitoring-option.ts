import type { MonitoringPanel } from '../../../common/contracts/dashboard.ts';
import type { ScreenChartOption } from '../charts/echarts.ts';
import { categoryAxis, COLORS, shortDay, tooltip, valueAxis } from '../charts/style.ts';
import { T } from '../text.ts';

type Workers = MonitoringPanel['workers'];

/** Share of the grid workers who have worked today (on duty now or active earlier), in per cent. */
function activeRate(w: Workers): number {
  return w.total === 0 ? 0 : Math.round(((w.onDuty + w.activeToday) / w.total) * 100);
}

export function gaugeOption(w: Workers): ScreenChartOption {
  return {
    series: [{
      type: 'gauge',
      startAngle: 215,
      endAngle: -35,
      radius: '92%',
      center: ['50%', '54%'],
      progress: { show: true, width: 16, roundCap: true, itemStyle: { color: COLORS.cyan } },
      axisLine: { roundCap: true, lineStyle: { width: 16, color: [[1, 'rgba(120, 170, 255, 0.16)']] } },
      pointer: { show: false },
      axisTick: { show: false },
      splitLine: { show: false },
      axisLabel: { show: false },
      title: { offsetCenter: [0, '42%'], color: COLORS.muted, fontSize: 18 },
      detail: { offsetCenter: [0, '-2%'], color: COLORS.text, fontSize: 40, fontWeight: 'bold', formatter: '{value}%' },
      data: [{ value: activeRate(w), name: T.activeRate }],
    }],
  };
}

/** Events reported per day, all categories together (the ranking panel has them by category). */
export function eventsOption(days: MonitoringPanel['eventsByDay']): ScreenChartOption {
  return {
    grid: { left: 4, right: 4, top: 12, bottom: 4, containLabel: true },
    tooltip,
    xAxis: categoryAxis(days.map((d) => shortDay(d.day))),
    yAxis: valueAxis(),
    series: [{
      type: 'bar',
      name: T.events,
      data: days.map((d) => Object.values(d.byCategory).reduce((a, b) => a + b, 0)),
      itemStyle: { color: COLORS.violet, borderRadius: [3, 3, 0, 0] },
      barMaxWidth: 16,
    }],
  };
}
