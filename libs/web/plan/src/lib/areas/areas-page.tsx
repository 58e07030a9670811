import { useQuery } from '@apollo/client/react';
import { useGraphQLLocale } from '@piano2030/web-core';
import { ErrorState, LoadingState, usePageTitle } from '@piano2030/web-ui';
import { Container } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { AreaList } from './area-list';
import { AreasPageQueryDocument } from './areas.query';

export function AreasPage() {
  const { t } = useTranslation();
  const locale = useGraphQLLocale();
  const { data, previousData, loading, error, refetch } = useQuery(AreasPageQueryDocument, {
    variables: { locale },
  });
  const shown = data ?? previousData;
  usePageTitle(t('areas.title'));

  return (
    <Container className="py-5">
      <h1>{t('areas.title')}</h1>
      <p className="lead mb-4">{t('areas.intro')}</p>
      {shown && <AreaList areas={shown.interventionAreas} titleLevel={2} />}
      {!shown && error && <ErrorState onRetry={() => void refetch()} />}
      {!shown && !error && loading && <LoadingState />}
    </Container>
  );
}
