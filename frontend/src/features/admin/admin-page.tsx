import { useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import { useMe } from '@/lib/me';
import { can } from '@/lib/permissions';
import { AdminTabs, isAdminTab, type AdminTab } from './components/admin-tabs';
import { AuditLogSection } from './components/audit-log-section';
import { OrganisationsSection } from './components/organisations-section';
import { UsersSection } from './components/users-section';

/** Users, organisations and the audit log, for admins; the section is in the URL (?tab=…). */
export default function AdminPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab');
  const selected: AdminTab = isAdminTab(tab) ? tab : 'users';

  if (me.isPending) {
    return (
      <Page title="Administration">
        <QueryState isPending error={null}>
          {() => null}
        </QueryState>
      </Page>
    );
  }

  if (!can(me.data, 'admin')) {
    return (
      <Page title="Administration">
        <p className="govuk-body">You do not have permission to see this page.</p>
      </Page>
    );
  }

  return (
    <Page title="Administration">
      <AdminTabs selected={selected} onSelect={(next) => setParams({ tab: next })}>
        {selected === 'users' && <UsersSection />}
        {selected === 'organisations' && <OrganisationsSection />}
        {selected === 'audit' && <AuditLogSection />}
      </AdminTabs>
    </Page>
  );
}
