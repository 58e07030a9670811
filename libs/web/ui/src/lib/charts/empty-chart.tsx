import { useTranslation } from 'react-i18next';
import { ChartFigure } from './chart-figure';
import type { ChartBaseProps } from './chart-types';

/** A chart's frame that says there is nothing to draw yet ("Nessun dato disponibile"). */
export function EmptyChart({
  message,
  ...props
}: Omit<ChartBaseProps, 'unit'> & { unit?: string; message?: string }) {
  const { t } = useTranslation();
  return (
    <ChartFigure
      {...props}
      unit=""
      drawing={<p className="chart-empty">{message ?? t('charts.noData')}</p>}
    />
  );
}
