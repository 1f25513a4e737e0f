import { ChoiceItem } from './choice-fields';
import { fieldId } from './error-summary';
import { FieldMessages, formGroupClass } from './field-messages';

/** Why figures with warnings cannot be applied yet, shown beside the checkbox. */
export const WARNINGS_NOT_ACKNOWLEDGED = 'Confirm that you have checked the figures with warnings';

/**
 * The checkbox with which a user confirms the figures the bulk API warned about, which it then
 * applies (acknowledgeWarnings=true). Its field is "acknowledgeWarnings", so that an error
 * summary links to it.
 */
export function AcknowledgeWarnings({
  checked,
  error,
  onChange,
}: {
  checked: boolean;
  error?: string;
  onChange: (checked: boolean) => void;
}) {
  const id = fieldId('acknowledgeWarnings');
  return (
    <div className={formGroupClass(error)}>
      <FieldMessages id={id} error={error} />
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <ChoiceItem
          kind="checkboxes"
          id={id}
          name="acknowledgeWarnings"
          value="true"
          label="I have checked these figures"
          checked={checked}
          onChange={onChange}
        />
      </div>
    </div>
  );
}
