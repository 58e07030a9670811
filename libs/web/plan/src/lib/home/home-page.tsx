import { useQuery } from '@apollo/client/react';
import { useGraphQLLocale } from '@piano2030/web-core';
import { ErrorState, LoadingState, PhaseTimeline, usePageTitle } from '@piano2030/web-ui';
import { Container } from 'design-react-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaList } from '../areas/area-list';
import { byPosition } from '../by-position';
import { HomeBodies } from './home-bodies';
import { HomeIntro } from './home-intro';
import { HomePageQueryDocument } from './home-page.query';

export function HomePage() {
  const { t } = useTranslation();
  const locale = useGraphQLLocale();
  // While the texts in a newly chosen language load, the previous ones stay on screen.
  const { data, previousData, loading, error, refetch } = useQuery(HomePageQueryDocument, {
    variables: { locale },
  });
  const shown = data ?? previousData;
  usePageTitle(t('site.name'));

  const liveContent = (render: (content: NonNullable<typeof data>) => ReactNode) => {
    if (shown) return render(shown);
    if (error) return <ErrorState onRetry={() => void refetch()} />;
    return loading ? <LoadingState /> : null;
  };

  return (
    <>
      <HomeIntro />
      <HomeBodies />
      <Container className="py-5">
        <h2>{t('home.process.title')}</h2>
        <p className="mb-5">{t('home.process.intro')}</p>
        {liveContent((content) => (
          <PhaseTimeline phases={byPosition(content.processPhases)} />
        ))}
      </Container>
      <Container className="py-5">
        <h2>{t('home.areas.title')}</h2>
        <p className="mb-4">{t('home.areas.intro')}</p>
        {liveContent((content) => (
          <AreaList areas={content.interventionAreas} />
        ))}
      </Container>
    </>
  );
}
