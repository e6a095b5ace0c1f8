import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, HeatmapChart, LineChart, SankeyChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

/** Only the chart types and components the app draws, so the bundle stays small. */
echarts.use([BarChart, FunnelChart, HeatmapChart, LineChart, SankeyChart, AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export { echarts };
