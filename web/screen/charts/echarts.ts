/**
 * The big screen's slice of ECharts: trend lines and bars, the workers' gauge and the region
 * map with its colour scale, on canvas. Only these are registered, so the screen's chart chunk
 * stays a fraction of the library.
 */
import {
  BarChart, GaugeChart, LineChart, MapChart,
  type BarSeriesOption, type GaugeSeriesOption, type LineSeriesOption, type MapSeriesOption,
} from 'echarts/charts';
import {
  GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent,
  type GridComponentOption, type LegendComponentOption, type TooltipComponentOption, type VisualMapComponentOption,
} from 'echarts/components';
import { use as registerChartParts, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

registerChartParts([LineChart, BarChart, GaugeChart, MapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent, CanvasRenderer]);

export { init, registerMap, type ECElementEvent, type EChartsType } from 'echarts/core';

export type ScreenChartOption = ComposeOption<
  | LineSeriesOption | BarSeriesOption | GaugeSeriesOption | MapSeriesOption
  | GridComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption
>;
