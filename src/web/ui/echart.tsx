import type { BarSeriesOption, LineSeriesOption, RadarSeriesOption } from 'echarts/charts';
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import type {
  AriaComponentOption, DataZoomComponentOption, GridComponentOption, LegendComponentOption, RadarComponentOption, TooltipComponentOption,
} from 'echarts/components';
import { AriaComponent, DataZoomComponent, GridComponent, LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import type { ComposeOption, ECElementEvent, EChartsType } from 'echarts/core';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { CSSProperties } from 'react';
import { useEffect, useRef } from 'react';

use([BarChart, LineChart, RadarChart, AriaComponent, DataZoomComponent, GridComponent, LegendComponent, RadarComponent, TooltipComponent, SVGRenderer]);

/** The options this wrapper can draw: bar, line and radar series with grid, legend, tooltip, data zoom and ARIA. */
export type ChartOption = ComposeOption<
  | BarSeriesOption | LineSeriesOption | RadarSeriesOption | AriaComponentOption | DataZoomComponentOption
  | GridComponentOption | LegendComponentOption | RadarComponentOption | TooltipComponentOption
>;

export type ChartClick = Pick<ECElementEvent, 'dataIndex' | 'seriesIndex' | 'name' | 'value'>;

export type EChartProps = {
  option: ChartOption;
  /** Height in pixels (the width follows the container). */
  height: number;
  /** What the chart shows, for screen readers (the chart itself is an image to them). */
  ariaLabel: string;
  onClick?: (event: ChartClick) => void;
  style?: CSSProperties;
  'data-testid'?: string;
};

/**
 * An Apache ECharts chart (SVG renderer: crisp, and its text is in the DOM) that follows its container's width.
 * The option replaces the previous one on change (no merge); the instance is disposed with the component.
 */
export function EChart({ option, height, ariaLabel, onClick, style, ...rest }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType>(undefined);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const node = element.current;
    if (!node) return undefined;
    const instance = init(node, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (event) => clickRef.current?.(event as ECElementEvent));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(node);
    return () => { observer.disconnect(); instance.dispose(); chart.current = undefined; };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, ...option }, { notMerge: true });
  }, [option]);

  useEffect(() => { chart.current?.resize(); }, [height]);

  return <div ref={element} role="img" aria-label={ariaLabel} style={{ width: '100%', height, ...style }} {...rest} />;
}
