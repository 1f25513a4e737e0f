import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './api-client';

/**
 * The plan's reference data that several pages read (priorities, findings, organisations): one
 * fetcher each, so that every page shares the same cache entries and invalidations.
 */
export const prioritiesQueryOptions = (plan?: number) =>
  queryOptions({
    queryKey: ['priorities', { plan }],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/priorities', { params: { query: { plan } } })),
  });

export function usePriorities(plan?: number) {
  return useQuery(prioritiesQueryOptions(plan));
}

/** Findings with their coverage; answered=false gives only those no action answers. */
export const findingsQueryOptions = ({
  plan,
  answered,
}: { plan?: number; answered?: boolean } = {}) =>
  queryOptions({
    queryKey: ['findings', { plan, answered }],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/findings', { params: { query: { plan, answered } } })),
  });

export function useFindings(
  filter: { plan?: number; answered?: boolean } = {},
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...findingsQueryOptions(filter), enabled });
}

/** The council and the partner agencies. */
export const organisationsQueryOptions = () =>
  queryOptions({
    queryKey: ['organisations'],
    queryFn: async () => unwrap(await api.GET('/api/v1/organisations')),
  });

export function useOrganisations() {
  return useQuery(organisationsQueryOptions());
}

/** The service's teams, by name (audits and workforce snapshots are of a team). */
export const teamsQueryOptions = () =>
  queryOptions({
    queryKey: ['teams'],
    queryFn: async () => unwrap(await api.GET('/api/v1/teams')),
  });

export function useTeams() {
  return useQuery(teamsQueryOptions());
}

/** The teams as select options, after a first empty choice (e.g. "All teams"). */
export function teamOptions(teams: { id: number; name: string }[], empty: string) {
  return [
    { value: '', label: empty },
    ...teams.map((t) => ({ value: String(t.id), label: t.name })),
  ];
}

type Finding = Schemas['FindingResponse'];

/** The findings that cite a paragraph of the inspection letter, in the letter's order. */
export function paragraphsCited(findings: Finding[]): (Finding & { paragraph: number })[] {
  return findings
    .filter((f): f is Finding & { paragraph: number } => f.paragraph !== null)
    .sort((a, b) => a.paragraph - b.paragraph);
}
