"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Control, UseFormRegister, UseFormSetValue } from "react-hook-form";
import type { QuestionnaireForm } from "@/lib/assessment/answers.validation";

/** What a question's fields need of the questionnaire's form: all three keep their identity for the page's life. */
export interface QuestionnaireFields {
  control: Control<QuestionnaireForm>;
  register: UseFormRegister<QuestionnaireForm>;
  setValue: UseFormSetValue<QuestionnaireForm>;
}

const FieldsContext = createContext<QuestionnaireFields | null>(null);

/**
 * Instead of react-hook-form's FormProvider, whose value changes with the form's state: it marks the form ready
 * in a layout effect right after hydration, and every question reading it would render a second time before the
 * page answers a click (and again on each change of the form's state).
 */
export function QuestionnaireFieldsProvider({
  fields,
  children,
}: {
  fields: QuestionnaireFields;
  children: ReactNode;
}) {
  return <FieldsContext.Provider value={fields}>{children}</FieldsContext.Provider>;
}

export function useQuestionnaireFields(): QuestionnaireFields {
  const fields = useContext(FieldsContext);
  if (!fields) throw new Error("A question's fields are drawn inside the questionnaire's form");
  return fields;
}
