import { useMutation } from '@apollo/client/react';
import { readApiError, type IndicatorsAdminQuery } from '@piano2030/web-core';
import { feedbackFromError, focusSoon, FormField, StatusMessage, useActionFeedback } from '@piano2030/web-ui';
import { Badge, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackSummary } from '../shared/feedback-summary';
import { SetIndicatorAreasMutationDocument } from './admin.documents';
import { AreaChoices, type AreaOption } from './area-choices';

type Series = IndicatorsAdminQuery['indicators'][number];

/** Every series with the areas that show it; each can be given other areas, one at a time. */
export function SeriesAreasList({
  series,
  areas,
  refresh,
}: {
  series: readonly Series[];
  areas: readonly AreaOption[];
  refresh: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? series.filter((one) => `${one.title} ${one.code}`.toLowerCase().includes(needle))
    : series;
  return (
    <section aria-labelledby="series-title" className="mt-5">
      <h2 id="series-title">{t('context.admin.series.title')}</h2>
      <p>{t('context.admin.series.intro')}</p>
      <div className="col-md-6 mt-5">
        <FormField
          id="series-filter"
          type="text"
          label={t('context.admin.series.filter')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <p role="status" className="small">
        {t('context.admin.series.count', { count: shown.length, total: series.length })}
      </p>
      <ul className="list-unstyled series-list">
        {shown.map((one) => (
          <SeriesRow key={one.code} series={one} areas={areas} refresh={refresh} />
        ))}
      </ul>
    </section>
  );
}

function SeriesRow({
  series,
  areas,
  refresh,
}: {
  series: Series;
  areas: readonly AreaOption[];
  refresh: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const id = `series-${series.code}`;
  const areaNames = series.areaCodes.join(', ') || t('context.admin.series.noAreas');
  return (
    <li className="series-row">
      <h3 id={`${id}-title`} className="h6 mb-1">
        {series.title}
      </h3>
      <p className="small mb-1 series-facts">
        <code>{series.code}</code>
        <Badge color={series.origin === 'UPLOAD' ? 'primary' : 'light'} className="series-origin">
          {t(series.origin === 'UPLOAD' ? 'context.admin.series.uploaded' : 'context.admin.series.imported')}
        </Badge>
        <span>
          {t('context.admin.series.areas')}: {areaNames}
        </span>
        {series.crossCutting && <span>{t('context.admin.series.crossCutting')}</span>}
      </p>
      {editing ? (
        <SeriesAreasForm
          series={series}
          areas={areas}
          refresh={refresh}
          onDone={(result) => {
            setEditing(false);
            setMessage(result);
            focusSoon(`${id}-edit`);
          }}
        />
      ) : (
        <Button
          id={`${id}-edit`}
          color="primary"
          outline
          size="xs"
          onClick={() => {
            setMessage(null);
            setEditing(true);
            focusSoon(`${id}-areaCodes`);
          }}
        >
          {t('context.admin.series.edit')}
          <span className="visually-hidden"> – {series.title}</span>
        </Button>
      )}
      <StatusMessage message={message} />
    </li>
  );
}

/**
 * Sent against the revision the form was opened with; if another administrator changed the
 * series meanwhile, the form shows what they chose, keeps this choice, and saving again applies it.
 */
function SeriesAreasForm({
  series,
  areas,
  refresh,
  onDone,
}: {
  series: Series;
  areas: readonly AreaOption[];
  refresh: () => Promise<unknown>;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = `series-${series.code}`;
  const [areaCodes, setAreaCodes] = useState<string[]>(series.areaCodes);
  const [crossCutting, setCrossCutting] = useState(series.crossCutting);
  const [expectedRevision, setExpectedRevision] = useState(series.revision);
  const [conflict, setConflict] = useState<{ areaCodes: string[]; crossCutting: boolean } | null>(null);
  const { feedback, alertRef, fail } = useActionFeedback();
  const [save, { loading }] = useMutation(SetIndicatorAreasMutationDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    try {
      await save({
        variables: { input: { code: series.code, areaCodes, crossCutting, expectedRevision } },
      });
      onDone(t('context.admin.series.saved', { title: series.title }));
    } catch (error) {
      const apiError = readApiError(error);
      const current = apiError.current;
      const rules = {
        areaCodes: t('context.admin.upload.checks.areaCodes'),
        'areaCodes.*': t('context.admin.upload.checks.areaCodes'),
      };
      const shown = feedbackFromError(apiError, t, rules);
      if (apiError.code === 'CONFLICT' && current && typeof current.revision === 'number') {
        setExpectedRevision(current.revision);
        setConflict({
          areaCodes: Array.isArray(current.areaCodes) ? current.areaCodes.map(String) : [],
          crossCutting: current.crossCutting === true,
        });
        fail({ ...shown, lead: t('context.admin.series.conflict') });
        await refresh();
        return;
      }
      fail(shown);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby={`${id}-title`}
      className="mt-2 p-3 border rounded bg-white"
      onSubmit={(event) => void submit(event)}
    >
      <FeedbackSummary
        feedback={feedback}
        alertRef={alertRef}
        fieldId={(field) => (field.startsWith('areaCodes') ? `${id}-areaCodes` : undefined)}
        className="mb-3"
      />
      {conflict && (
        <p className="small alert alert-warning">
          {t('context.admin.series.conflictNow', {
            areas: conflict.areaCodes.join(', ') || t('context.admin.series.noAreas'),
            crossCutting: t(conflict.crossCutting ? 'context.yes' : 'context.no'),
          })}
        </p>
      )}
      <AreaChoices
        idPrefix={id}
        areas={areas}
        chosen={areaCodes}
        crossCutting={crossCutting}
        errors={feedback?.fieldErrors.areaCodes}
        legend={t('context.admin.series.legend', { title: series.title })}
        onChange={(codes, cross) => {
          setAreaCodes(codes);
          setCrossCutting(cross);
        }}
      />
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" size="sm" aria-disabled={loading || undefined}>
          {t(conflict ? 'context.admin.series.saveAgain' : 'context.admin.series.save')}
        </Button>
        <Button type="button" color="primary" outline size="sm" onClick={() => onDone(null)}>
          {t('context.cancel')}
        </Button>
      </div>
    </form>
  );
}
