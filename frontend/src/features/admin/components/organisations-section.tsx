import { useState, type FormEvent } from 'react';
import { Radios } from '@/components/choice-fields';
import { DataTable } from '@/components/data-table';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { TextField } from '@/components/form-fields';
import { QueryState } from '@/components/query-state';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { useCreateOrganisation } from '../api/create-organisation';
import { useOrganisations } from '@/lib/reference-data';
import { KIND_NAMES, type OrganisationKind } from '../utils/labels';

/** The organisations tab: the council and the partner agencies, and a form to add one. */
export function OrganisationsSection() {
  const organisations = useOrganisations();
  const [added, setAdded] = useState<string>();
  return (
    <>
      {added && <SuccessBanner heading={`Organisation ${added} added`} />}
      <h2 className="govuk-heading-m">Organisations</h2>
      <QueryState isPending={organisations.isPending} error={organisations.error}>
        {() => <OrganisationsTable organisations={organisations.data ?? []} />}
      </QueryState>
      <h2 className="govuk-heading-m govuk-!-margin-top-6">Add an organisation</h2>
      <AddOrganisationForm onAdded={(organisation) => setAdded(organisation.name)} />
    </>
  );
}

function OrganisationsTable({
  organisations,
}: {
  organisations: Schemas['OrganisationSummary'][];
}) {
  return (
    <DataTable
      caption="The council and partner agencies"
      captionSize="s"
      compact={false}
      columns={[
        { header: 'Name', cell: (o) => o.name },
        { header: 'Kind', cell: (o) => KIND_NAMES[o.kind] },
      ]}
      rows={organisations}
      rowKey={(o) => o.id}
      empty="There are no organisations yet."
    />
  );
}

function AddOrganisationForm({
  onAdded,
}: {
  onAdded: (organisation: Schemas['OrganisationSummary']) => void;
}) {
  const createOrganisation = useCreateOrganisation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const { errors, message, check, showError } = useFormErrors();

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!name.trim()) missing.name = 'Enter the organisation’s name';
    if (!kind) missing.kind = 'Choose whether it is the council or a partner agency';
    if (!check(missing) || !kind) return;
    createOrganisation.mutate(
      { name: name.trim(), kind },
      {
        onSuccess: (organisation) => {
          setName('');
          setKind('');
          onAdded(organisation);
        },
        onError: (error) => showError(error),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="govuk-!-width-two-thirds">
      <ErrorSummary errors={errors} description={message} />
      <TextField name="name" label="Name" value={name} onChange={setName} error={errors.name} />
      <Radios
        name="kind"
        legend="Kind"
        value={kind}
        onChange={setKind}
        error={errors.kind}
        options={[
          { value: 'COUNCIL', label: KIND_NAMES.COUNCIL },
          {
            value: 'PARTNER',
            label: KIND_NAMES.PARTNER,
            hint: 'For example the police or health. Its staff can be partners or viewers.',
          },
        ]}
      />
      <button type="submit" className="govuk-button" disabled={createOrganisation.isPending}>
        Add organisation
      </button>
    </form>
  );
}
