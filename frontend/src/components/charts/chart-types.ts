import type { Schemas } from '@/lib/api-client';

/** The data of a chart, shared by the chart and its table alternative. */
export type ChartSeries = {
  /** The key of the series' value in each row. */
  key: string;
  label: string;
  /** A CSS colour for its bars. */
  colour: string;
};

export type ChartRow = {
  label: string;
  /** A shorter label for the chart's axis; the table shows the full label. */
  shortLabel?: string;
  values: Record<string, number>;
};

/** GOV.UK colours for RAG statuses, keyed as the API keys them (NONE: not rated). */
export const RAG_COLOURS: Record<Schemas['RagFilter'], string> = {
  RED: '#d4351c',
  AMBER: '#f47738',
  AMBER_E: '#ffdd00',
  GREEN: '#00703c',
  NONE: '#b1b4b6',
};
