import { useMutation } from '@apollo/client/react';
import { INDICATOR_CSV_LIMITS, parseIndicatorCsv } from '@piano2030/shared-domain';
import { readApiError, type FieldErrors } from '@piano2030/web-core';
import {
  feedbackFromChecks,
  feedbackFromError,
  focusSoon,
  FormField,
  TextAreaField,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import type { TFunction } from 'i18next';
import { useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackSummary } from '../shared/feedback-summary';
import { AreaChoices, type AreaOption } from './area-choices';
import { CsvPreview } from './csv-preview';
import { csvReason, ReasonText } from './csv-reasons';
import { IndicatorsAdminQueryDocument, UploadIndicatorSeriesMutationDocument } from './admin.documents';

interface UploadDraft {
  code: string;
  titleIt: string;
  titleEn: string;
  unit: string;
  territory: string;
  producer: string;
  sourceUrl: string;
  areaCodes: string[];
  crossCutting: boolean;
  csv: string;
  skipInvalidRows: boolean;
}

const EMPTY: UploadDraft = {
  code: '',
  titleIt: '',
  titleEn: '',
  unit: '',
  territory: 'Provincia di Lucca',
  producer: '',
  sourceUrl: '',
  areaCodes: [],
  crossCutting: false,
  csv: '',
  skipInvalidRows: false,
};

type TextField = 'code' | 'titleIt' | 'titleEn' | 'unit' | 'territory' | 'producer' | 'sourceUrl';

export const uploadFieldId = (field: string) => {
  if (field === 'areaCodes' || field.startsWith('areaCodes.')) return 'upload-areaCodes';
  if (field === 'csv' || field.startsWith('csv.')) return 'upload-csv';
  return `upload-${field}`;
};

function uploadRules(t: TFunction): Record<string, string> {
  return {
    code: t('context.admin.upload.checks.code'),
    titleIt: t('context.admin.upload.checks.titleIt'),
    titleEn: t('context.admin.upload.checks.titleEn'),
    unit: t('context.admin.upload.checks.unit'),
    territory: t('context.admin.upload.checks.territory'),
    producer: t('context.admin.upload.checks.producer'),
    sourceUrl: t('context.admin.upload.checks.sourceUrl'),
    areaCodes: t('context.admin.upload.checks.areaCodes'),
    'areaCodes.*': t('context.admin.upload.checks.areaCodes'),
  };
}

function checkUpload(draft: UploadDraft, t: TFunction): FieldErrors {
  const rule = uploadRules(t);
  const errors: FieldErrors = {};
  const length = (field: TextField) => draft[field].trim().length;
  if (!/^[a-z][a-z0-9_]{2,59}$/.test(draft.code.trim())) errors.code = [rule.code];
  if (length('titleIt') < 3 || length('titleIt') > 200) errors.titleIt = [rule.titleIt];
  if (length('titleEn') > 200) errors.titleEn = [rule.titleEn];
  if (length('unit') < 1 || length('unit') > 80) errors.unit = [rule.unit];
  if (length('territory') < 2 || length('territory') > 120) errors.territory = [rule.territory];
  if (length('producer') < 2 || length('producer') > 200) errors.producer = [rule.producer];
  if (draft.sourceUrl.trim() && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(draft.sourceUrl.trim()))
    errors.sourceUrl = [rule.sourceUrl];
  const parsed = parseIndicatorCsv(draft.csv);
  if (!draft.csv.trim()) errors.csv = [t('context.admin.upload.checks.csvEmpty')];
  else if (parsed.fileError) errors.csv = [csvReason(parsed.fileError, t).text];
  else if (!parsed.rows.length) errors.csv = [t('context.admin.csv.reasons.nothingRead')];
  return errors;
}

type Report =
  | { kind: 'imported'; code: string; importedRows: number; skipped: { line: number; reason: string }[] }
  | { kind: 'refused'; lines: { line: number; reason: string }[] };

const REPORT_ID = 'upload-report';

/**
 * An administrator adds a series from a CSV file (chosen or pasted) with its metadata. The file is
 * read in the browser first, so the rows it will bring and those it will refuse are seen before
 * sending; after sending, the report says what was imported and what was skipped, or which lines
 * made the API refuse the whole file.
 */
export function UploadSeriesForm({ areas }: { areas: readonly AreaOption[] }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<UploadDraft>(EMPTY);
  const [fileName, setFileName] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const { feedback, alertRef, fail, reset } = useActionFeedback();
  const [upload, { loading }] = useMutation(UploadIndicatorSeriesMutationDocument, {
    refetchQueries: [IndicatorsAdminQueryDocument],
  });
  const parsed = useMemo(() => (draft.csv.trim() ? parseIndicatorCsv(draft.csv) : null), [draft.csv]);
  const errors = feedback?.fieldErrors ?? {};
  const set = (change: Partial<UploadDraft>) => setDraft((current) => ({ ...current, ...change }));

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    set({ csv: await file.text() });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setReport(null);
    const checked = feedbackFromChecks(checkUpload(draft, t), t);
    if (checked) {
      fail(checked);
      return;
    }
    reset();
    try {
      const { data } = await upload({
        variables: {
          input: {
            code: draft.code.trim(),
            titleIt: draft.titleIt.trim(),
            titleEn: draft.titleEn.trim() || null,
            unit: draft.unit.trim(),
            territory: draft.territory.trim(),
            producer: draft.producer.trim(),
            sourceUrl: draft.sourceUrl.trim() || null,
            areaCodes: draft.areaCodes,
            crossCutting: draft.crossCutting,
            csv: draft.csv,
            skipInvalidRows: draft.skipInvalidRows,
          },
        },
      });
      if (!data) return;
      const result = data.uploadIndicatorSeries;
      setReport({
        kind: 'imported',
        code: result.series.code,
        importedRows: result.importedRows,
        skipped: result.skippedRows.map(({ line, reason }) => ({ line, reason })),
      });
      setDraft(EMPTY);
      setFileName(null);
      focusSoon(REPORT_ID);
    } catch (error) {
      const apiError = readApiError(error);
      const lines = Object.entries(apiError.fieldErrors)
        .filter(([field]) => /^csv\.line\d+$/.test(field))
        .flatMap(([field, messages]) =>
          messages.map((reason) => ({ line: Number(field.slice('csv.line'.length)), reason })),
        )
        .sort((a, b) => a.line - b.line);
      if (lines.length) {
        setReport({ kind: 'refused', lines });
        focusSoon(REPORT_ID);
        return;
      }
      const shown = feedbackFromError(apiError, t, uploadRules(t));
      fail(
        apiError.code === 'CONFLICT'
          ? {
              lead: t('context.admin.upload.codeTaken'),
              fieldErrors: { code: [t('context.admin.upload.codeTaken')] },
            }
          : shown,
      );
    }
  };

  const text = (
    field: TextField,
    options: { required?: boolean; type?: 'text' | 'url'; hint?: string } = {},
  ) => (
    <FormField
      id={uploadFieldId(field)}
      required={options.required}
      type={options.type ?? 'text'}
      label={t(`context.admin.upload.fields.${field}`)}
      hint={options.hint}
      value={draft[field]}
      errors={errors[field]}
      onChange={(event) => set({ [field]: event.target.value })}
    />
  );

  return (
    <form noValidate aria-labelledby="upload-title" onSubmit={(event) => void submit(event)}>
      <h2 id="upload-title">{t('context.admin.upload.title')}</h2>
      <p className="mb-5">{t('context.admin.upload.intro')}</p>
      <FeedbackSummary feedback={feedback} alertRef={alertRef} fieldId={uploadFieldId} className="mb-5" />
      <div className="row">
        <div className="col-md-6">
          {text('code', { required: true, hint: t('context.admin.upload.hints.code') })}
        </div>
        <div className="col-md-6">
          {text('unit', { required: true, hint: t('context.admin.upload.hints.unit') })}
        </div>
        <div className="col-md-6">{text('titleIt', { required: true })}</div>
        <div className="col-md-6">{text('titleEn', { hint: t('context.admin.upload.hints.optional') })}</div>
        <div className="col-md-6">{text('territory', { required: true })}</div>
        <div className="col-md-6">{text('producer', { required: true })}</div>
        <div className="col-12">
          {text('sourceUrl', { type: 'url', hint: t('context.admin.upload.hints.sourceUrl') })}
        </div>
      </div>
      <AreaChoices
        idPrefix="upload"
        areas={areas}
        chosen={draft.areaCodes}
        crossCutting={draft.crossCutting}
        errors={errors.areaCodes}
        onChange={(areaCodes, crossCutting) => set({ areaCodes, crossCutting })}
      />
      <fieldset className="mb-4">
        <legend className="h5">{t('context.admin.upload.fileTitle')}</legend>
        <p id="upload-file-hint" className="small">
          {t('context.admin.upload.hints.file', {
            kb: INDICATOR_CSV_LIMITS.maxBytes / 1024,
            rows: INDICATOR_CSV_LIMITS.maxRows,
          })}
        </p>
        <div className="mb-4">
          <label htmlFor="upload-file" className="form-label d-block fw-semibold">
            {t('context.admin.upload.fields.file')}
          </label>
          <input
            id="upload-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            className="form-control"
            aria-describedby="upload-file-hint"
            onChange={(event) => void readFile(event)}
          />
          {fileName && (
            <p className="small mt-1 mb-0">{t('context.admin.upload.fileLoaded', { name: fileName })}</p>
          )}
        </div>
        <div className="csv-input">
          <TextAreaField
            id="upload-csv"
            required
            label={t('context.admin.upload.fields.csv')}
            hint={t('context.admin.upload.hints.csv')}
            rows={6}
            value={draft.csv}
            errors={errors.csv}
            onChange={(event) => set({ csv: event.target.value })}
          />
        </div>
        <section aria-labelledby="upload-preview-title" className="mb-4">
          <h3 id="upload-preview-title" className="h5">
            {t('context.admin.csv.previewTitle')}
          </h3>
          {parsed ? (
            <CsvPreview parsed={parsed} id="upload-preview" />
          ) : (
            <p id="upload-preview">{t('context.admin.csv.noFile')}</p>
          )}
        </section>
        <div className="form-check">
          <input
            id="upload-skipInvalidRows"
            type="checkbox"
            checked={draft.skipInvalidRows}
            aria-describedby="upload-skipInvalidRows-hint"
            onChange={(event) => set({ skipInvalidRows: event.target.checked })}
          />
          <label htmlFor="upload-skipInvalidRows">{t('context.admin.upload.fields.skipInvalidRows')}</label>
          <p id="upload-skipInvalidRows-hint" className="small mb-0">
            {t('context.admin.upload.hints.skipInvalidRows')}
          </p>
        </div>
      </fieldset>
      <Button type="submit" color="primary" aria-disabled={loading || undefined}>
        {t(loading ? 'context.admin.upload.sending' : 'context.admin.upload.submit')}
      </Button>
      {report && <UploadReport report={report} />}
    </form>
  );
}

function UploadReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  const imported = report.kind === 'imported';
  return (
    <section
      id={REPORT_ID}
      tabIndex={-1}
      aria-labelledby={`${REPORT_ID}-title`}
      className={`mt-4 p-3 rounded border ${imported ? 'border-success' : 'border-danger'}`}
    >
      <h3 id={`${REPORT_ID}-title`} className="h5">
        {t(imported ? 'context.admin.report.importedTitle' : 'context.admin.report.refusedTitle')}
      </h3>
      {imported ? (
        <>
          <p>{t('context.admin.report.imported', { count: report.importedRows, code: report.code })}</p>
          {report.skipped.length > 0 ? (
            <>
              <p className="mb-1">{t('context.admin.report.skipped', { count: report.skipped.length })}</p>
              <ReportLines lines={report.skipped} />
            </>
          ) : (
            <p className="mb-0">{t('context.admin.report.noneSkipped')}</p>
          )}
        </>
      ) : (
        <>
          <p className="mb-1">{t('context.admin.report.refused', { count: report.lines.length })}</p>
          <ReportLines lines={report.lines} />
        </>
      )}
    </section>
  );
}

function ReportLines({ lines }: { lines: { line: number; reason: string }[] }) {
  const { t } = useTranslation();
  return (
    <ul className="mb-0">
      {lines.map(({ line, reason }) => (
        <li key={`${line}-${reason}`}>
          {t('context.admin.csv.line', { line })}: <ReasonText reason={csvReason(reason, t)} />
        </li>
      ))}
    </ul>
  );
}
