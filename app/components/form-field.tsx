import type { InputHTMLAttributes, ReactNode } from "react";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name"> {
  name: string;
  label: MessageKey;
  error?: MessageKey;
  hint?: MessageKey;
}

/** A labelled input with its error (announced to screen readers) and hint. */
export function Field({ name, label, error, hint, id, ...input }: FieldProps) {
  const t = useTranslate();
  const fieldId = id ?? `field-${name}`;
  const described = [error ? `${fieldId}-error` : null, hint ? `${fieldId}-hint` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor={fieldId}>{t(label)}</label>
      <input
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      {hint ? (
        <p id={`${fieldId}-hint`} className="field-hint">
          {t(hint)}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} className="field-error">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField({
  name,
  label,
  error,
  children,
  defaultValue,
}: {
  name: string;
  label: MessageKey;
  error?: MessageKey;
  children: ReactNode;
  defaultValue?: string;
}) {
  const t = useTranslate();
  const fieldId = `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{t(label)}</label>
      <select
        id={fieldId}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
      >
        {children}
      </select>
      {error ? (
        <p id={`${fieldId}-error`} className="field-error">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}

/** A form-level message: an error (role=alert) or a success notice. */
/** The form-level error of an action's answer that may be a FormResult (e.g. a 429). */
export function formErrorOf(result: object | undefined): MessageKey | undefined {
  return result && "formError" in result ? (result.formError as MessageKey | undefined) : undefined;
}

export function FormNotice({ kind, message }: { kind: "error" | "success"; message?: MessageKey }) {
  const t = useTranslate();
  if (!message) return null;
  return (
    <div
      className={`notice ${kind === "error" ? "notice-error" : "notice-success"}`}
      role={kind === "error" ? "alert" : "status"}
    >
      <p>{t(message)}</p>
    </div>
  );
}

/** The new password and its confirmation, as every password form asks for them. */
export function NewPasswordFields({ errors }: { errors?: Partial<Record<string, MessageKey>> }) {
  return (
    <>
      <Field
        name="password"
        type="password"
        label="password.field.new"
        autoComplete="new-password"
        hint="password.hint"
        error={errors?.password}
      />
      <Field
        name="confirm"
        type="password"
        label="password.field.confirm"
        autoComplete="new-password"
        error={errors?.confirm}
      />
    </>
  );
}
