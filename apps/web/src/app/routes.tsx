import { paths } from '@piano2030/web-core';
import { BodiesPage, BodyPage, DecisionsPage, MeetingPage } from '@piano2030/web-governance';
import { AccountPage, RegisterPage, SignInPage } from '@piano2030/web-iam';
import { AccessibilityPage, PrivacyPage } from '@piano2030/web-legal';
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
      { path: paths.privacy, element: <PrivacyPage /> },
      { path: paths.accessibility, element: <AccessibilityPage /> },
      { path: paths.signIn, element: <SignInPage /> },
      { path: paths.register, element: <RegisterPage /> },
      { path: paths.account, element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
