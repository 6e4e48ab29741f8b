import { useEffect, useRef } from 'react';
import { useStageScale } from '../stage/Stage.tsx';
import { init, type ECElementEvent, type EChartsType, type ScreenChartOption } from './echarts.ts';

interface Props {
  option: ScreenChartOption;
  /** A click on a series item (a map region, a bar). */
  onItemClick?: (event: ECElementEvent) => void;
  /** Accessible name of the drawing (a canvas says nothing to a screen reader). */
  label: string;
  'data-testid'?: string;
}

/**
 * A chart filling its box on the stage. The stage has a fixed size, so no resize watching;
 * but a scaled-up stage (a 4K wall) needs a finer canvas, so the scale redraws the chart.
 */
export function Chart({ option, onItemClick, label, 'data-testid': testId }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);
  const scale = useStageScale();

  useEffect(() => {
    const instance = init(container.current!, undefined, { renderer: 'canvas', devicePixelRatio: window.devicePixelRatio * Math.max(scale, 1) });
    instance.setOption(latest.current);
    chart.current = instance;
    return () => {
      instance.dispose();
      chart.current = null;
    };
  }, [scale]);

  useEffect(() => {
    latest.current = option;
    // Series are replaced, not merged: a region or category that is gone must disappear.
    chart.current?.setOption(option, { replaceMerge: ['series'] });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onItemClick) return;
    instance.on('click', onItemClick);
    return () => {
      instance.off('click', onItemClick);
    };
  }, [onItemClick, scale]);

  return <div ref={container} className="chart" role="img" aria-label={label} data-testid={testId} />;
}
