import type { QueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { matchRoutes, type Params } from 'react-router';
import { prefetchAction } from '@/features/actions/api/prefetch-action';
import { prefetchDashboard } from '@/features/dashboard/api/prefetch-dashboard';
import { prefetchScorecard } from '@/features/indicators/api/prefetch-scorecard';
import { prefetchPlan } from '@/features/plan/api/prefetch-plan';
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
  /** Asks for what the page first shows, so that it arrives with the page's code. */
  prefetch?: (client: QueryClient, params: Params, search: URLSearchParams) => void;
  /** Shown in the service navigation when set. */
  nav?: string;
  /** Only shown in the navigation to users with this permission. */
  navPermission?: Permission;
};

function page(load: () => Promise<{ default: ComponentType }>) {
  return { page: lazy(load), load };
}

export const routes: AppRoute[] = [
  {
    path: '/',
    nav: 'Dashboard',
    ...page(() => import('@/features/dashboard/dashboard-page')),
    prefetch: (client) => prefetchDashboard(client),
  },
  {
    path: '/plan',
    nav: 'Plan',
    ...page(() => import('@/features/plan/plan-page')),
    prefetch: (client, _, search) => prefetchPlan(client, search),
  },
  {
    path: '/actions/:id',
    ...page(() => import('@/features/actions/action-page')),
    prefetch: (client, params) => prefetchAction(client, params),
  },
  {
    path: '/findings',
    nav: 'Findings',
    ...page(() => import('@/features/findings/findings-page')),
  },
  {
    path: '/scorecard',
    nav: 'Scorecard',
    ...page(() => import('@/features/indicators/scorecard-page')),
    prefetch: (client, _, search) => prefetchScorecard(client, search),
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
 * Starts fetching the code of the page at `location` and what it first shows, so that both arrive
 * while the app asks who is signed in, not one after the other. (Not signed in, the data's
 * answers are 401s like the app's own question, and the page asks again once signed in. The
 * script cannot tell beforehand: the session's cookie is hidden from it, and a browser whose
 * cookies are sent for it, as Lighthouse's are, has none it can read.)
 */
export function preloadPage(location: { pathname: string; search: string }, client: QueryClient) {
  const match = matchRoutes(routes, location.pathname)?.[0];
  if (!match) return;
  // A page that fails to load says so when it is shown.
  match.route.load().catch(() => undefined);
  match.route.prefetch?.(client, match.params, new URLSearchParams(location.search));
}
