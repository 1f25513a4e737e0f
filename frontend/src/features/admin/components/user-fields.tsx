import { Select } from '@/components/form-fields';
import type { Schemas } from '@/lib/api-client';
import { ROLE_NAMES } from '@/lib/permissions';
import { KIND_NAMES, rolesFor, type Role } from '../utils/labels';

type Organisation = Schemas['OrganisationSummary'];

export function kindOf(organisations: Organisation[], organisationId: string) {
  return organisations.find((o) => String(o.id) === organisationId)?.kind;
}

/** The organisation select; choosing one keeps the role only when it fits the organisation. */
export function OrganisationAndRole({
  organisations,
  organisationId,
  role,
  onChange,
  errors,
}: {
  organisations: Organisation[];
  organisationId: string;
  role: Role | '';
  onChange: (value: { organisationId: string; role: Role | '' }) => void;
  errors: Record<string, string>;
}) {
  const roles = rolesFor(kindOf(organisations, organisationId));
  return (
    <>
      <Select
        name="organisationId"
        label="Organisation"
        value={organisationId}
        onChange={(next) => {
          const fits = rolesFor(kindOf(organisations, next));
          onChange({ organisationId: next, role: role && fits.includes(role) ? role : '' });
        }}
        error={errors.organisationId}
        options={[
          { value: '', label: 'Choose an organisation' },
          ...organisations.map((o) => ({
            value: String(o.id),
            label: `${o.name} (${KIND_NAMES[o.kind]})`,
          })),
        ]}
      />
      <Select
        name="role"
        label="Role"
        hint="Staff of partner agencies are partners or viewers; partner is only for them."
        value={role}
        onChange={(next) => onChange({ organisationId, role: next })}
        error={errors.role}
        options={[
          { value: '', label: 'Choose a role' },
          ...roles.map((r) => ({ value: r, label: ROLE_NAMES[r] })),
        ]}
      />
    </>
  );
}
