export { AreaCard } from './lib/content/area-card';
export { FormattedDate } from './lib/content/formatted-date';
export { PhaseTimeline } from './lib/content/phase-timeline';
export { romeLocalToDate, toRomeLocal } from './lib/content/rome-time';
export { ActionAlert } from './lib/feedback/action-alert';
export {
  feedbackFromChecks,
  feedbackFromError,
  refusalFromError,
  type ActionFeedback,
  type ApiErrorLike,
  type FieldMessages,
} from './lib/feedback/action-feedback';
export { ErrorState } from './lib/feedback/error-state';
export { focusSoon } from './lib/feedback/focus-soon';
export { LiveIndicator, type LiveStatus } from './lib/feedback/live-indicator';
export { LoadingState } from './lib/feedback/loading-state';
export { NotFoundState } from './lib/feedback/not-found-state';
export { StatusMessage } from './lib/feedback/status-message';
export { useActionFeedback } from './lib/feedback/use-action-feedback';
export {
  ErrorSummary,
  FieldErrorText,
  FieldLink,
  focusControl,
  placeFieldErrors,
  texts,
  type FieldMessage,
  type FormFailure,
  type SummaryEntry,
} from './lib/forms/error-summary';
export { FormField } from './lib/forms/form-field';
export { SelectField, type SelectOption } from './lib/forms/select-field';
export { VersionConflictPanel, type ConflictPanelText } from './lib/forms/version-conflict-panel';
export { TextAreaField } from './lib/forms/text-area-field';
export { SiteFooter } from './lib/layout/site-footer';
export { SiteHeader } from './lib/layout/site-header';
export { MAIN_CONTENT_ID, SkipLink } from './lib/layout/skip-link';
export { usePageTitle } from './lib/layout/use-page-title';
export { PageBreadcrumb, type Crumb } from './lib/navigation/page-breadcrumb';
export { BarChart, type Bar, type BarChartProps } from './lib/charts/bar-chart';
export type { ChartBaseProps } from './lib/charts/chart-types';
export { EmptyChart } from './lib/charts/empty-chart';
export { formatNumber, formatTicks, type FormatNumberOptions } from './lib/charts/format-number';
export { LineChart, type LineChartProps, type LineSeries } from './lib/charts/line-chart';
export { chartPalette, type ChartColour } from './lib/charts/palette';
export { StackedBarChart, type Stack, type StackedBarChartProps } from './lib/charts/stacked-bar-chart';
