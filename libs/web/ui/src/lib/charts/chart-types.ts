import type { ReactNode } from 'react';

/** What every chart takes besides its data. */
export interface ChartBaseProps {
  /** Unique on the page: the ids of the title, the table and the toggle derive from it. */
  id: string;
  title: string;
  /** What the numbers count, e.g. "imprese", "EUR", "%": shown under the title and in the table. */
  unit: string;
  /** Where the data come from, shown as the figure's caption, e.g. "Fonte: Infocamere-StockView". */
  source?: ReactNode;
  /** A sentence under the title on what the chart shows. */
  description?: string;
  /** The title's heading level in the page's outline; 3 by default. */
  headingLevel?: 3 | 4;
}
