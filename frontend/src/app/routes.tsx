import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { matchRoutes } from 'react-router';
import type { Permission } from '@/lib/permissions';

/**
 * Every page of the app. A feature is one folder under src/features with a page component;
 * adding it to the app is one entry here. Pages load on demand, so that the first load stays small.
 */
export type AppRoute = {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** Fetches the page's code (the lazy page does the same, at once if already fetched). */
  load: () => Promise<unknown>;
  /** Shown in the service navigation when set. */
  nav?: string;
  /** Only shown in the navigation to users with this permission. */
  navPermission?: Permission;
};

function page(load: () => Promise<{ default: ComponentType }>) {
  return { page: lazy(load), load };
}

export const routes: AppRoute[] = [
  { path: '/', nav: 'Dashboard', ...page(() => import('@/features/dashboard/dashboard-page')) },
  { path: '/plan', nav: 'Plan', ...page(() => import('@/features/plan/plan-page')) },
  { path: '/actions/:id', ...page(() => import('@/features/actions/action-page')) },
  {
    path: '/findings',
    nav: 'Findings',
    ...page(() => import('@/features/findings/findings-page')),
  },
  {
    path: '/scorecard',
    nav: 'Scorecard',
    ...page(() => import('@/features/indicators/scorecard-page')),
  },
  { path: '/indicators/:id', ...page(() => import('@/features/indicators/indicator-page')) },
  { path: '/audits', nav: 'Audits', ...page(() => import('@/features/audits/audits-page')) },
  { path: '/audits/:id', ...page(() => import('@/features/audits/audit-page')) },
  {
    path: '/workforce',
    nav: 'Workforce',
    ...page(() => import('@/features/workforce/workforce-page')),
  },
  { path: '/boards', nav: 'Boards', ...page(() => import('@/features/boards/boards-page')) },
  { path: '/boards/:id', ...page(() => import('@/features/boards/board-page')) },
  { path: '/meetings/:id', ...page(() => import('@/features/meetings/meeting-page')) },
  {
    path: '/meetings/:id/versions/:version',
    ...page(() => import('@/features/meetings/report-version-page')),
  },
  { path: '/my-work', ...page(() => import('@/features/my-work/my-work-page')) },
  {
    path: '/month-entry',
    nav: 'Monthly figures',
    navPermission: 'bulk',
    ...page(() => import('@/features/month-entry/month-entry-page')),
  },
  {
    path: '/uploads',
    nav: 'Uploads',
    navPermission: 'bulk',
    ...page(() => import('@/features/uploads/uploads-page')),
  },
  { path: '/tokens', nav: 'API tokens', ...page(() => import('@/features/tokens/tokens-page')) },
  {
    path: '/admin',
    nav: 'Admin',
    navPermission: 'admin',
    ...page(() => import('@/features/admin/admin-page')),
  },
];

/**
 * Starts fetching the code of the page at `pathname`, so that it arrives while the app asks who
 * is signed in, not after.
 */
export function preloadPage(pathname: string): void {
  const match = matchRoutes(routes, pathname)?.[0];
  // A page that fails to load says so when it is shown.
  match?.route.load().catch(() => undefined);
}
