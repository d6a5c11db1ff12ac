import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField } from "./form-field";
import { LocaleOptions } from "./locale-options";

/**
 * Who is invited: name, e-mail address and the language of the invitation. The administrators' and the focal
 * points' invitation forms place them in their own grids, with their own fields between.
 */
export function InviteeNameAndEmail({
  idPrefix,
  labels,
  fields,
  errors,
}: {
  idPrefix: string;
  labels: { name: string; email: string };
  fields: { name: UseFormRegisterReturn; email: UseFormRegisterReturn };
  errors: { name?: string; email?: string };
}) {
  return (
    <>
      <FormField id={`${idPrefix}-name`} label={labels.name} error={errors.name}>
        {(control) => <input {...control} autoComplete="off" {...fields.name} />}
      </FormField>
      <FormField id={`${idPrefix}-email`} label={labels.email} error={errors.email}>
        {(control) => <input {...control} type="email" dir="ltr" autoComplete="off" {...fields.email} />}
      </FormField>
    </>
  );
}

/** The language the invitation (and later messages, until the person chooses) is written in. */
export function InvitationLocaleField({
  id,
  label,
  field,
}: {
  id: string;
  label: string;
  field: UseFormRegisterReturn;
}) {
  return (
    <FormField id={id} label={label}>
      {(control) => (
        <select {...control} {...field}>
          <LocaleOptions />
        </select>
      )}
    </FormField>
  );
}
