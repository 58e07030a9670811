import { useQuery } from '@apollo/client/react';
import { paths, useGraphQLLocale, type BodiesPageQuery } from '@piano2030/web-core';
import { ErrorState, FormattedDate, LoadingState, PageBreadcrumb, usePageTitle } from '@piano2030/web-ui';
import { Badge, Card, Container, Progress } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { upcomingMeeting } from '../meetings-order';
import { useReferenceNames, type ReferenceNames } from '../reference/use-reference-names';
import { BodiesPageQueryDocument } from './bodies.query';
import './bodies-page.css';

type BodySummary = BodiesPageQuery['bodies'][number];

const KIND_ORDER = { STEERING_BOARD: 0, OPERATIONAL_COMMITTEE: 1 } as const;

/** The two bodies side by side: what each does, whether every seat is filled, what comes next. */
export function BodiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('governance.bodies.title'));
  const locale = useGraphQLLocale();
  const { data, previousData, loading, error, refetch } = useQuery(BodiesPageQueryDocument, {
    variables: { locale },
  });
  const names = useReferenceNames();
  const shown = data ?? previousData;
  const bodies = shown ? [...shown.bodies].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]) : [];

  return (
    <Container className="py-5">
      <PageBreadcrumb homePath={paths.home} trail={[]} current={t('governance.bodies.title')} />
      <h1>{t('governance.bodies.title')}</h1>
      <p className="lead mb-5">{t('governance.bodies.intro')}</p>
      {shown && (
        <ul className="row g-4 list-unstyled">
          {bodies.map((body) => (
            <li key={body.id} className="col-12 col-lg-6">
              <BodyCard body={body} names={names} />
            </li>
          ))}
        </ul>
      )}
      {!shown && error && <ErrorState onRetry={() => void refetch()} />}
      {!shown && !error && loading && <LoadingState />}
    </Container>
  );
}

function BodyCard({ body, names }: { body: BodySummary; names: ReferenceNames }) {
  const { t } = useTranslation();
  const voting = body.members.filter((member) => member.role !== 'SECRETARY').length;
  const next = upcomingMeeting(body.meetings);
  return (
    <Card tag="article" className="rounded shadow-sm my-0" fullHeight>
      <h2 className="it-card-title h3">
        <Link to={paths.body(body.id)}>{body.name}</Link>
      </h2>
      <div className="it-card-body">
        <p className="it-card-text">{body.description}</p>
        <p className="d-flex flex-wrap align-items-center gap-2">
          <Badge color={body.complete ? 'success' : 'warning'}>
            {body.complete ? t('governance.bodies.complete') : t('governance.bodies.incomplete')}
          </Badge>
          <span>
            {body.seats === null
              ? t('governance.bodies.members', { count: voting })
              : t('governance.bodies.seats', { filled: voting, seats: body.seats })}
          </span>
        </p>
        {body.vacancies.length > 0 && <SeatsByParty vacancies={body.vacancies} names={names} />}
        <h3 className="h6 mt-4 mb-1">{t('governance.bodies.nextMeeting')}</h3>
        {next ? (
          <p className="mb-0">
            <Link to={paths.meeting(next.id)}>{next.title}</Link>
            {', '}
            <FormattedDate value={next.startsAt} withTime />
          </p>
        ) : (
          <p className="mb-0">{t('governance.bodies.noNextMeeting')}</p>
        )}
      </div>
      <div className="it-card-footer">
        <Link to={`${paths.decisions}?organo=${encodeURIComponent(body.id)}`}>
          {t('governance.bodies.decisions')}
        </Link>
      </div>
    </Card>
  );
}

/** Seats per Parte as a bar each, with the count written beside it. */
function SeatsByParty({ vacancies, names }: { vacancies: BodySummary['vacancies']; names: ReferenceNames }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="h6 mt-4">{t('governance.bodies.seatsChart')}</h3>
      <ul className="list-unstyled mb-0">
        {vacancies.map((vacancy) => {
          const filled = vacancy.seats - vacancy.vacant;
          const label = t('governance.bodies.partySeats', {
            party: names.party(vacancy.partyCode),
            filled,
            seats: vacancy.seats,
          });
          return (
            <li key={vacancy.partyCode} className="mb-3">
              <span>{label}</span>
              {vacancy.vacant > 0 && (
                <span className="ms-2 fw-semibold">
                  ({t('governance.bodies.vacant', { count: vacancy.vacant })})
                </span>
              )}
              <Progress
                wrapperClassName="mt-1 seats-progress"
                value={vacancy.seats ? Math.round((filled / vacancy.seats) * 100) : 0}
                color={vacancy.vacant ? 'warning' : 'success'}
                aria-label={label}
                aria-valuetext={label}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
