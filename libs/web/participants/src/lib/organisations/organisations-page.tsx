import { useQuery } from '@apollo/client/react';
import { ORGANISATION_CATEGORIES } from '@piano2030/shared-domain';
import { paths, type PublicOrganisationsQuery } from '@piano2030/web-core';
import { BarChart, ErrorState, LoadingState, PageBreadcrumb, usePageTitle } from '@piano2030/web-ui';
import { Col, Container, Row } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PublicOrganisationsQueryDocument } from '../shared/participants.documents';
import '../shared/participants.css';

type Organisation = PublicOrganisationsQuery['organisations'][number];

/**
 * `/organizzazioni`: the organisations taking part through a verified representative, counted by
 * category (a bar chart with its table) and listed by category, each with its representatives by
 * public name. Persons never appear here by e-mail, only by the name they chose to show.
 */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const title = t('participants.public.title');
  usePageTitle(title);
  const { data, error, refetch } = useQuery(PublicOrganisationsQueryDocument);

  return (
    <Container className="py-5">
      <PageBreadcrumb homePath={paths.home} trail={[]} current={title} />
      <h1>{title}</h1>
      <Row>
        <Col lg={9}>
          <p className="lead">{t('participants.public.intro')}</p>
          <p>
            {t('participants.public.askToJoin')}{' '}
            <Link to={paths.myOrganisations}>{t('participants.public.askLink')}</Link>
          </p>
        </Col>
      </Row>
      {data ? (
        <OrganisationsByCategory organisations={data.organisations} />
      ) : error ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </Container>
  );
}

function OrganisationsByCategory({ organisations }: { organisations: readonly Organisation[] }) {
  const { t } = useTranslation();
  if (!organisations.length) return <p className="mt-4">{t('participants.public.none')}</p>;
  const byCategory = ORGANISATION_CATEGORIES.map((category) => ({
    category,
    members: organisations.filter((organisation) => organisation.category === category),
  }));
  return (
    <>
      <div className="mt-4">
        <BarChart
          id="organisations-by-category"
          title={t('participants.public.chartTitle')}
          unit={t('participants.public.chartUnit')}
          headingLevel={3}
          description={t('participants.public.total', { count: organisations.length })}
          source={t('participants.public.chartSource')}
          bars={byCategory.map(({ category, members }) => ({
            label: t(`participants.categories.${category}`),
            value: members.length,
          }))}
        />
      </div>
      {byCategory
        .filter(({ members }) => members.length)
        .map(({ category, members }) => (
          <section key={category} className="mt-5" aria-labelledby={`category-${category}`}>
            <h2 id={`category-${category}`} className="h3">
              {t(`participants.categories.${category}`)}{' '}
              <span className="fs-6 fw-normal text-secondary">
                ({t('participants.public.count', { count: members.length })})
              </span>
            </h2>
            <ul className="list-unstyled participants-list">
              {members.map((organisation) => (
                <OrganisationItem key={organisation.id} organisation={organisation} />
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}

function OrganisationItem({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <li className="border rounded p-3">
      <h3 className="h5 mb-2">{organisation.name}</h3>
      {organisation.website && (
        <p className="mb-2">
          <a href={organisation.website} rel="noopener noreferrer">
            {t('participants.public.website', { name: organisation.name })}
          </a>
        </p>
      )}
      <p className="mb-1 fw-semibold">{t('participants.public.representatives')}</p>
      <ul className="mb-0">
        {organisation.representatives.map((representative, index) => (
          <li key={`${index}-${representative.publicName}`}>
            {t('participants.public.representative', {
              name: representative.publicName,
              title: representative.title,
            })}
          </li>
        ))}
      </ul>
    </li>
  );
}
