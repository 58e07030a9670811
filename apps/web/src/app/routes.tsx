import {
  ConsultationAnswersPage,
  ConsultationPage,
  ConsultationsPage,
  EditConsultationPage,
  ModerationPage,
  MyContributionsPage,
  NewConsultationPage,
} from '@piano2030/web-consultations';
import { IndicatorsAdminPage } from '@piano2030/web-context';
import { paths } from '@piano2030/web-core';
import { BodiesPage, BodyPage, DecisionsPage, MeetingPage } from '@piano2030/web-governance';
import { AccountPage, RegisterPage, SignInPage } from '@piano2030/web-iam';
import {
  EditInterventionPage,
  InterventionPage,
  InterventionsPage,
  NewInterventionPage,
  ResourcesPage,
} from '@piano2030/web-interventions';
import { AccessibilityPage, PrivacyPage } from '@piano2030/web-legal';
import { NotificationPreferencesPage, NotificationsPage } from '@piano2030/web-notifications';
import {
  MyOrganisationsPage,
  OrganisationsPage,
  RepresentativesAdminPage,
} from '@piano2030/web-participants';
import { AreaPage, AreasPage, HomePage } from '@piano2030/web-plan';
import { SearchPage } from '@piano2030/web-search';
import { WorkPlanPage, WorkPlansPage } from '@piano2030/web-work-plans';
import { useRoutes, type RouteObject } from 'react-router-dom';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: paths.areas, element: <AreasPage /> },
      { path: `${paths.areas}/:code`, element: <AreaPage /> },
      { path: paths.bodies, element: <BodiesPage /> },
      { path: `${paths.bodies}/:id`, element: <BodyPage /> },
      { path: `${paths.meetings}/:id`, element: <MeetingPage /> },
      { path: paths.decisions, element: <DecisionsPage /> },
      { path: paths.workPlans, element: <WorkPlansPage /> },
      { path: `${paths.workPlans}/:id`, element: <WorkPlanPage /> },
      { path: paths.interventions, element: <InterventionsPage /> },
      { path: paths.newIntervention, element: <NewInterventionPage /> },
      { path: paths.interventionResources, element: <ResourcesPage /> },
      { path: `${paths.interventions}/:id`, element: <InterventionPage /> },
      { path: `${paths.interventions}/:id/modifica`, element: <EditInterventionPage /> },
      { path: paths.consultations, element: <ConsultationsPage /> },
      { path: paths.newConsultation, element: <NewConsultationPage /> },
      { path: `${paths.consultations}/:id`, element: <ConsultationPage /> },
      { path: `${paths.consultations}/:id/modifica`, element: <EditConsultationPage /> },
      { path: `${paths.consultations}/:id/risposte`, element: <ConsultationAnswersPage /> },
      { path: paths.moderation, element: <ModerationPage /> },
      { path: paths.myContributions, element: <MyContributionsPage /> },
      { path: paths.search, element: <SearchPage /> },
      { path: paths.organisations, element: <OrganisationsPage /> },
      { path: paths.privacy, element: <PrivacyPage /> },
      { path: paths.accessibility, element: <AccessibilityPage /> },
      { path: paths.signIn, element: <SignInPage /> },
      { path: paths.register, element: <RegisterPage /> },
      { path: paths.account, element: <AccountPage /> },
      { path: paths.myOrganisations, element: <MyOrganisationsPage /> },
      { path: paths.notifications, element: <NotificationsPage /> },
      { path: paths.notificationPreferences, element: <NotificationPreferencesPage /> },
      { path: paths.adminIndicators, element: <IndicatorsAdminPage /> },
      { path: paths.adminRepresentatives, element: <RepresentativesAdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
