import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { isStateRole, ROLES, type Role } from "@/lib/assessment/status";
import { FormField } from "@/app/_components/forms/form-field";

/** What the role field needs of its form (react-hook-form's `useForm` of an account form). */
interface RoleForm {
  register(name: "role", options: { onChange: (event: { target: { value: string } }) => void }): UseFormRegisterReturn;
  setValue(name: "memberStateIso3", value: string): void;
  clearErrors(name: "memberStateIso3"): void;
}

/**
 * The role of an account, as a field of the create-account and change-role forms. Only focal points
 * answer for a Member State: switching to another role clears the state chosen.
 */
export function RoleSelect({ id, label, error, form }: { id: string; label: string; error?: string; form: RoleForm }) {
  const tRoles = useTranslations("common.roles");
  return (
    <FormField id={id} label={label} error={error}>
      {(control) => (
        <select
          {...control}
          {...form.register("role", {
            onChange: (event) => {
              if (!isStateRole(event.target.value as Role)) form.setValue("memberStateIso3", "");
              form.clearErrors("memberStateIso3");
            },
          })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tRoles(r)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
