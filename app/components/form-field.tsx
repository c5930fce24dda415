import {
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from "react";
import { isMessageKey, type MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "maxLength"> {
  name: string;
  label: MessageKey;
  error?: MessageKey;
  hint?: MessageKey;
  /** A length limit shown as a counter ("120/300"); typing past it is allowed, saving is refused. */
  limit?: number;
}

/** The ids a field's aria-describedby lists: its error, hint and counter, those it has. */
function describedBy(fieldId: string, parts: { error?: unknown; hint?: unknown; limit?: unknown }) {
  const ids = [
    parts.error ? `${fieldId}-error` : null,
    parts.hint ? `${fieldId}-hint` : null,
    parts.limit ? `${fieldId}-count` : null,
  ].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** The characters typed out of the limit, "120/300"; over the limit it says so. */
export function CharacterCount({
  id,
  length,
  limit,
}: {
  id: string;
  length: number;
  limit: number;
}) {
  const t = useTranslate();
  const over = length > limit;
  return (
    <p id={id} className={`field-count${over ? " field-count-over" : ""}`}>
      {t(over ? "authoring.count.over" : "authoring.count", { length, limit })}
    </p>
  );
}

/** Keeps the length of an uncontrolled field's text, for its counter. */
function useLength(initial: unknown) {
  const [length, setLength] = useState(typeof initial === "string" ? initial.length : 0);
  return { length, track: (value: string) => setLength(value.length) };
}

/** A labelled input with its error (announced to screen readers), hint and length counter. */
export function Field({ name, label, error, hint, limit, id, onInput, ...input }: FieldProps) {
  const t = useTranslate();
  const fieldId = id ?? `field-${name}`;
  const { length, track } = useLength(input.defaultValue);
  return (
    <div className="field">
      <label htmlFor={fieldId}>{t(label)}</label>
      <input
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, { error, hint, limit })}
        onInput={(event) => {
          track(event.currentTarget.value);
          onInput?.(event);
        }}
        {...input}
      />
      {hint ? (
        <p id={`${fieldId}-hint`} className="field-hint">
          {t(hint)}
        </p>
      ) : null}
      {limit ? <CharacterCount id={`${fieldId}-count`} length={length} limit={limit} /> : null}
      {error ? (
        <p id={`${fieldId}-error`} className="field-error">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}

interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "name" | "maxLength"
> {
  name: string;
  label: MessageKey;
  error?: MessageKey;
  hint?: MessageKey;
  limit?: number;
}

/** A labelled textarea, as Field. */
export function TextAreaField({
  name,
  label,
  error,
  hint,
  limit,
  id,
  ...area
}: TextAreaFieldProps) {
  const t = useTranslate();
  const fieldId = id ?? `field-${name}`;
  const { length, track } = useLength(area.defaultValue);
  return (
    <div className="field">
      <label htmlFor={fieldId}>{t(label)}</label>
      <textarea
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, { error, hint, limit })}
        onInput={(event) => track(event.currentTarget.value)}
        {...area}
      />
      {hint ? (
        <p id={`${fieldId}-hint`} className="field-hint">
          {t(hint)}
        </p>
      ) : null}
      {limit ? <CharacterCount id={`${fieldId}-count`} length={length} limit={limit} /> : null}
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
  const value: unknown = result && "formError" in result ? result.formError : undefined;
  return typeof value === "string" && isMessageKey(value) ? value : undefined;
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
