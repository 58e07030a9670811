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
import {
  MyOrganisationsPage,
  OrganisationsPage,
  RepresentativesAdminPage,
} from '@piano2030/web-participants';
import { AreaPage, AreasPage, HomePage } from '@piano2030/web-plan';
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
      { path: paths.organisations, element: <OrganisationsPage /> },
      { path: paths.privacy, element: <PrivacyPage /> },
      { path: paths.accessibility, element: <AccessibilityPage /> },
      { path: paths.signIn, element: <SignInPage /> },
      { path: paths.register, element: <RegisterPage /> },
      { path: paths.account, element: <AccountPage /> },
      { path: paths.myOrganisations, element: <MyOrganisationsPage /> },
      { path: paths.adminIndicators, element: <IndicatorsAdminPage /> },
      { path: paths.adminRepresentatives, element: <RepresentativesAdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
