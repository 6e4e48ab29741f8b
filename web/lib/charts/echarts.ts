/**
 * The slice of ECharts the web apps draw with: line and bar charts on a Cartesian grid, with
 * tooltip and legend, painted on canvas. Importing from `echarts/core` and registering only
 * these keeps the chart chunk a fraction of the full library; a chart that needs another kind
 * registers it here.
 */
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent, LegendComponent, TooltipComponent,
  type GridComponentOption, type LegendComponentOption, type TooltipComponentOption,
} from 'echarts/components';
import { use as registerChartParts, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

registerChartParts([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init, type EChartsType } from 'echarts/core';

/** The options a chart of this slice may be given (type-checked against the registered parts). */
export type ChartOption = ComposeOption<
  LineSeriesOption | BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;
export type ChartSeries = LineSeriesOption | BarSeriesOption;
