/**
 * The screen's colours and chart text, tuned for a dark wall read from across a room: large
 * axis labels, light text, one colour per series that stays distinct on the dark blue.
 */
export const COLORS = {
  text: '#e8f1ff',
  muted: '#9db8de',
  grid: 'rgba(120, 170, 255, 0.16)',
  cyan: '#3fd8ff',
  blue: '#3c8cff',
  green: '#3ddc97',
  amber: '#ffb547',
  red: '#ff5d6c',
  violet: '#a88bff',
} as const;

/** Series colours in order (origin categories, symptoms…). */
export const SERIES_COLORS = [COLORS.red, COLORS.amber, COLORS.cyan, COLORS.violet, COLORS.green, COLORS.blue] as const;

const AXIS_FONT = 16;

export const categoryAxis = (data: string[]) => ({
  type: 'category' as const,
  data,
  axisLine: { lineStyle: { color: COLORS.grid } },
  axisTick: { show: false },
  axisLabel: { color: COLORS.muted, fontSize: AXIS_FONT },
});

export const valueAxis = (extra: Record<string, unknown> = {}) => ({
  type: 'value' as const,
  minInterval: 1,
  splitNumber: 3,
  splitLine: { lineStyle: { color: COLORS.grid } },
  axisLabel: { color: COLORS.muted, fontSize: AXIS_FONT },
  ...extra,
});

export const legend = (data: string[]) => ({
  data,
  top: 0,
  right: 0,
  itemWidth: 18,
  itemHeight: 10,
  textStyle: { color: COLORS.text, fontSize: 16 },
});

export const tooltip = { trigger: 'axis' as const, textStyle: { fontSize: 16 } };

/** 'MM-DD' of a 'YYYY-MM-DD' day, as the axes print it. */
export const shortDay = (day: string) => day.slice(5);
