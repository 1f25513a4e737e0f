import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api-client';

export async function getReminderSettings() {
  return unwrap(await api.GET('/api/v1/me/reminder-settings'));
}

export const reminderSettingsQuery = () =>
  queryOptions({ queryKey: ['me', 'reminder-settings'], queryFn: getReminderSettings });

export function useReminderSettings() {
  return useQuery(reminderSettingsQuery());
}

export async function changeReminderSettings(body: Schemas['SettingsRequest']) {
  return unwrap(await api.PUT('/api/v1/me/reminder-settings', { body }));
}

/** Saves the settings; My work is matched by them, so it is read again. */
export function useChangeReminderSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: changeReminderSettings,
    onSuccess: (settings) => {
      client.setQueryData(reminderSettingsQuery().queryKey, settings);
      return client.invalidateQueries({ queryKey: ['me', 'work'] });
    },
  });
}
