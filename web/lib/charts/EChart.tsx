import { useEffect, useRef, type CSSProperties } from 'react';
import { init, type ChartOption, type EChartsType } from './echarts.ts';

interface Props {
  option: ChartOption;
  /** CSS height of the drawing; the width follows the container. */
  height?: number | string;
  className?: string;
  style?: CSSProperties;
  /** Accessible name of the drawing (a canvas says nothing to a screen reader). */
  label?: string;
  /** A click on a bar or point: which series and which category (day) it was. */
  onItemClick?: (item: ChartItem) => void;
  'data-testid'?: string;
}

export interface ChartItem {
  seriesIndex: number;
  dataIndex: number;
}

/**
 * An ECharts chart as a React component: created when mounted, given each new `option`
 * (its series replacing the previous ones), resized with its container,
 * and disposed when unmounted.
 */
export function EChart({ option, height = 320, className, style, label, onItemClick, 'data-testid': testId }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  // The chart is made once; a click reaches the handler of the latest render.
  const onItem = useRef(onItemClick);
  useEffect(() => {
    onItem.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const element = container.current!;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => onItem.current?.({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex }));
    // Width changes with the window, the collapsible side menu and the drawer; each needs a resize.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Series are replaced (one that is gone disappears); the rest merges, so what the user
    // toggled in the legend stays toggled when the data refreshes.
    chart.current?.setOption(option, { replaceMerge: ['series'] });
  }, [option]);

  return <div ref={container} className={className} style={{ width: '100%', height, ...style }} role="img" aria-label={label} data-testid={testId} />;
}
