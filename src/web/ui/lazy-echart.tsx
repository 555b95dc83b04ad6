import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart';

const EChart = lazy(() => import('./echart').then((module) => ({ default: module.EChart })));

/** The ECharts wrapper loaded on first use (ECharts is its own chunk); a placeholder of the same height meanwhile. */
export function LazyEChart(props: EChartProps) {
  return (
    <Suspense fallback={<div style={{ height: props.height }}><Skeleton active /></div>}>
      <EChart {...props} />
    </Suspense>
  );
}
