import { paths, useCurrentUser } from '@piano2030/web-core';
import { NotificationsBell } from '@piano2030/web-notifications';
import { MAIN_CONTENT_ID, SiteFooter, SiteHeader, SkipLink } from '@piano2030/web-ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';

export function Layout() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  useFocusMainOnNavigation();
  const navigation = [
    { to: paths.home, label: t('nav.home'), end: true },
    { to: paths.areas, label: t('nav.areas') },
    { to: paths.bodies, label: t('nav.bodies') },
    { to: paths.decisions, label: t('nav.decisions') },
    { to: paths.workPlans, label: t('nav.workPlans') },
    { to: paths.interventions, label: t('nav.interventions') },
    { to: paths.consultations, label: t('nav.consultations') },
    { to: paths.organisations, label: t('nav.organisations') },
    { to: paths.search, label: t('nav.search') },
    ...(user?.roles.includes('MODERATOR') ? [{ to: paths.moderation, label: t('nav.moderation') }] : []),
    // Administrators' pages sit in the same menu, for them only.
    ...(user?.roles.includes('ADMIN')
      ? [
          { to: paths.adminIndicators, label: t('nav.adminIndicators') },
          { to: paths.adminRepresentatives, label: t('nav.adminRepresentatives') },
        ]
      : []),
  ];
  return (
    <>
      <SkipLink />
      <SiteHeader
        homePath={paths.home}
        navigation={navigation}
        signedInAs={user?.displayName ?? null}
        signInPath={paths.signIn}
        accountPath={paths.account}
        accountExtras={user ? <NotificationsBell /> : null}
      />
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter homePath={paths.home} privacyPath={paths.privacy} accessibilityPath={paths.accessibility} />
    </>
  );
}

/**
 * A client-side navigation neither scrolls nor moves focus by itself; without this, keyboard and
 * screen-reader users would stay on the link they followed, in a page that has changed under them.
 */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    window.scrollTo(0, 0);
    document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true });
  }, [pathname]);
}
