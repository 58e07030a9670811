import { CONTRIBUTION_LIMITS } from '@piano2030/shared-domain';
import { paths, type ConsultationPageQuery } from '@piano2030/web-core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { excerpt, swotItemPath } from '../shared/disposition-view';
import { useLocale } from '../shared/use-locale';
import { questionRef, type ConsultationScope } from './use-consultation-scope';

type Consultation = ConsultationPageQuery['consultation'];
type Netiquette = ConsultationPageQuery['netiquette'];

/** A text of the document, with its line breaks; "not written" when the committee left it empty. */
function DocumentText({ text }: { text: string }) {
  const { t } = useTranslation();
  return text.trim() ? (
    <p className="cons-plain-text">{text}</p>
  ) : (
    <p>
      <em>{t('consultations.document.notWritten')}</em>
    </p>
  );
}

/**
 * The consultation document the 2017 national guidelines ask for: objectives, context, the
 * questions put, how contributions will be used and the timing. Each question has a place of its
 * own, which contributions can point at.
 */
export function ConsultationDocument({ consultation: c }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const sections = [
    ['objectives', c.objectives],
    ['context', c.context],
  ] as const;
  return (
    <section aria-labelledby="cons-document-title" className="mt-5">
      <h2 id="cons-document-title" className="h3">
        {t('consultations.document.title')}
      </h2>
      {c.planSection && (
        <p>
          <strong>{t('consultations.document.planSection')}</strong> {c.planSection}
        </p>
      )}
      {sections.map(([field, text]) => (
        <section key={field} aria-labelledby={`cons-doc-${field}`} className="mt-4">
          <h3 id={`cons-doc-${field}`} className="h4">
            {t(`consultations.document.${field}`)}
          </h3>
          <DocumentText text={text} />
        </section>
      ))}
      <section aria-labelledby="cons-doc-questions" className="mt-4">
        <h3 id="cons-doc-questions" className="h4">
          {t('consultations.document.questions')}
        </h3>
        {c.questions.length ? (
          <ol className="cons-questions">
            {c.questions.map((question, index) => (
              <li key={index} id={questionRef(index)} tabIndex={-1} className="cons-plain-text mb-2">
                {question}
              </li>
            ))}
          </ol>
        ) : (
          <p>
            <em>{t('consultations.document.notWritten')}</em>
          </p>
        )}
      </section>
      <section aria-labelledby="cons-doc-use" className="mt-4">
        <h3 id="cons-doc-use" className="h4">
          {t('consultations.document.useOfContributions')}
        </h3>
        <DocumentText text={c.useOfContributions} />
      </section>
      <section aria-labelledby="cons-doc-timing" className="mt-4">
        <h3 id="cons-doc-timing" className="h4">
          {t('consultations.document.timing')}
        </h3>
        <DocumentText text={c.timeline} />
      </section>
    </section>
  );
}

/** What the consultation is about: its areas, interventions and SWOT items, each linked to its page. */
export function ScopeSection({
  consultation: c,
  scope,
  areaName,
}: {
  consultation: Consultation;
  scope: ConsultationScope;
  areaName: (code: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="cons-scope-title" className="mt-5">
      <h2 id="cons-scope-title" className="h3">
        {t('consultations.scope.title')}
      </h2>
      <h3 className="h5">{t('consultations.scope.areas')}</h3>
      <ul>
        {c.areaCodes.map((code) => (
          <li key={code}>
            <Link to={paths.area(code)}>
              {code} – {areaName(code)}
            </Link>
          </li>
        ))}
      </ul>
      {c.interventionIds.length > 0 && (
        <>
          <h3 className="h5">{t('consultations.scope.interventions')}</h3>
          {scope.loading ? (
            <p>{t('consultations.scope.loading')}</p>
          ) : (
            <ul>
              {scope.interventions.map((intervention) => (
                <li key={intervention.id}>
                  <Link to={paths.intervention(intervention.id)}>
                    {intervention.reference} – {intervention.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {c.swotItemIds.length > 0 && (
        <>
          <h3 className="h5">{t('consultations.scope.swotItems')}</h3>
          {scope.loading ? (
            <p>{t('consultations.scope.loading')}</p>
          ) : (
            <ul>
              {scope.swotItems.map((item) => (
                <li key={item.id}>
                  <span className="fw-semibold">{t(`consultations.quadrant.${item.quadrant}`)}:</span>{' '}
                  <Link to={swotItemPath(item.areaCode, item.id)}>{excerpt(item.text, 140)}</Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** Who may take part and how, how moderation works, and the netiquette in full on request. */
export function RulesSection({
  consultation: c,
  netiquette,
}: {
  consultation: Consultation;
  netiquette: Netiquette;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { participation, preModeration, hideAfterReports } = c.settings;
  return (
    <section aria-labelledby="cons-rules-title" className="mt-5">
      <h2 id="cons-rules-title" className="h3">
        {t('consultations.rules.title')}
      </h2>
      <ul>
        <li>{t(`consultations.participation.long.${participation}`)}</li>
        <li>
          {preModeration ? t('consultations.rules.preModeration') : t('consultations.rules.postModeration')}
        </li>
        <li>
          {t('consultations.rules.limits', {
            max: CONTRIBUTION_LIMITS.bodyMax.toLocaleString(locale),
            perMinute: CONTRIBUTION_LIMITS.perPersonPerMinute,
            minutes: CONTRIBUTION_LIMITS.editWindowMinutes,
          })}
        </li>
        <li>{t('consultations.rules.reports', { count: hideAfterReports })}</li>
        <li>{t('consultations.rules.answers')}</li>
      </ul>
      <details className="cons-netiquette">
        <summary>{t('consultations.rules.netiquette')}</summary>
        <dl className="mt-3 mb-0">
          {netiquette.rules.map((rule) => (
            <div key={rule.code} className="mb-2">
              <dt>{rule.title}</dt>
              <dd className="mb-0">{rule.text}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
