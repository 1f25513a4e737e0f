import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Permission } from '@/lib/permissions';

/**
 * Every page of the app. A feature is one folder under src/features with a page component;
 * adding it to the app is one entry here. Pages load on demand, so that the first load stays small.
 */
export type AppRoute = {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** Shown in the service navigation when set. */
  nav?: string;
  /** Only shown in the navigation to users with this permission. */
  navPermission?: Permission;
};

export const routes: AppRoute[] = [
  { path: '/', nav: 'Dashboard', page: lazy(() => import('@/features/dashboard/dashboard-page')) },
  { path: '/plan', nav: 'Plan', page: lazy(() => import('@/features/plan/plan-page')) },
  { path: '/actions/:id', page: lazy(() => import('@/features/actions/action-page')) },
  {
    path: '/findings',
    nav: 'Findings',
    page: lazy(() => import('@/features/findings/findings-page')),
  },
  {
    path: '/scorecard',
    nav: 'Scorecard',
    page: lazy(() => import('@/features/indicators/scorecard-page')),
  },
  { path: '/indicators/:id', page: lazy(() => import('@/features/indicators/indicator-page')) },
  { path: '/audits', nav: 'Audits', page: lazy(() => import('@/features/audits/audits-page')) },
  { path: '/audits/:id', page: lazy(() => import('@/features/audits/audit-page')) },
  {
    path: '/workforce',
    nav: 'Workforce',
    page: lazy(() => import('@/features/workforce/workforce-page')),
  },
  { path: '/boards', nav: 'Boards', page: lazy(() => import('@/features/boards/boards-page')) },
  { path: '/boards/:id', page: lazy(() => import('@/features/boards/board-page')) },
  { path: '/meetings/:id', page: lazy(() => import('@/features/meetings/meeting-page')) },
  {
    path: '/meetings/:id/versions/:version',
    page: lazy(() => import('@/features/meetings/report-version-page')),
  },
  { path: '/my-work', page: lazy(() => import('@/features/my-work/my-work-page')) },
  {
    path: '/month-entry',
    nav: 'Monthly figures',
    navPermission: 'bulk',
    page: lazy(() => import('@/features/month-entry/month-entry-page')),
  },
  {
    path: '/uploads',
    nav: 'Uploads',
    navPermission: 'bulk',
    page: lazy(() => import('@/features/uploads/uploads-page')),
  },
  { path: '/tokens', nav: 'API tokens', page: lazy(() => import('@/features/tokens/tokens-page')) },
  {
    path: '/admin',
    nav: 'Admin',
    navPermission: 'admin',
    page: lazy(() => import('@/features/admin/admin-page')),
  },
];
