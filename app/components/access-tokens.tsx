// The parts of /account/tokens: the create form, the new secret (shown once, with a copy button)
// and the list of the account's tokens with their revoke buttons.
import { Form, useNavigation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { ErrorSummary } from "~/components/error-summary";
import { Field, SelectField } from "~/components/form-field";
import { ScrollTable } from "~/components/scroll-table";
import { TOKEN_SCOPES } from "~/auth/policy";
import { localeOf } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { FieldErrors } from "~/utils/forms";

const FIELD_ORDER = ["name", "regionCode", "scopes", "expiresOn"] as const;

export function AccessTokenForm(props: {
  regions: Array<{ code: string; name: string }>;
  expiry: { min: string; max: string; default: string };
  errors: FieldErrors;
  values?: { name: string; regionCode: string; expiresOn: string };
}) {
  const t = useTranslate();
  const busy = useNavigation().state !== "idle";
  const { errors, values } = props;
  return (
    <section className="section" aria-labelledby="token-new-title">
      <h2 id="token-new-title">{t("tokens.new.title")}</h2>
      <ErrorSummary
        items={FIELD_ORDER.flatMap((field) => {
          const message = errors[field];
          return message ? [{ field, message }] : [];
        })}
      />
      <Form method="post" className="stack form-card" noValidate>
        <input type="hidden" name="intent" value="create" />
        <Field
          name="name"
          label="tokens.field.name"
          hint="tokens.field.nameHint"
          defaultValue={values?.name}
          error={errors.name}
          autoComplete="off"
        />
        <SelectField
          name="regionCode"
          label="tokens.field.region"
          defaultValue={values?.regionCode}
          error={errors.regionCode}
        >
          {props.regions.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </SelectField>
        <fieldset
          className="field"
          id="field-scopes"
          aria-describedby={errors.scopes ? "field-scopes-error" : undefined}
        >
          <legend>{t("tokens.field.scopes")}</legend>
          {TOKEN_SCOPES.map((scope) => (
            <label key={scope} className="checkbox">
              <input type="checkbox" name="scopes" value={scope} />{" "}
              <span>
                <code>{scope}</code> — {t(`tokens.scope.${scope}`)}
              </span>
            </label>
          ))}
          {errors.scopes ? (
            <p id="field-scopes-error" className="field-error">
              {t(errors.scopes)}
            </p>
          ) : null}
        </fieldset>
        <Field
          name="expiresOn"
          type="date"
          label="tokens.field.expiresOn"
          hint="tokens.field.expiresOnHint"
          min={props.expiry.min}
          max={props.expiry.max}
          defaultValue={values?.expiresOn ?? props.expiry.default}
          error={errors.expiresOn}
        />
        <button type="submit" className="button" disabled={busy}>
          {t("tokens.new.submit")}
        </button>
      </Form>
    </section>
  );
}

/** The secret, once: read-only text to select, and a copy button once JavaScript runs. */
export function CreatedAccessToken({ name, secret }: { name: string; secret: string }) {
  const t = useTranslate();
  const [hydrated, setHydrated] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setHydrated(true), []);
  const copy = async () => {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  };
  return (
    <section className="notice notice-success token-created" aria-labelledby="token-created-title">
      <h2 id="token-created-title">{t("tokens.created.title", { name })}</h2>
      <p>{t("tokens.created.once")}</p>
      <label htmlFor="token-secret">{t("tokens.created.secret")}</label>
      <div className="token-secret">
        <input
          id="token-secret"
          readOnly
          value={secret}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          autoComplete="off"
        />
        {hydrated ? (
          <button type="button" className="button secondary" onClick={copy}>
            {t("tokens.created.copy")}
          </button>
        ) : null}
      </div>
      <p role="status">{copied ? t("tokens.created.copied") : ""}</p>
      <p className="muted">{t("tokens.created.usage")}</p>
      <pre className="token-usage">
        <code>{`curl -H "Authorization: Bearer ${secret.slice(0, 8)}…" …/api/software`}</code>
      </pre>
    </section>
  );
}

export interface AccessTokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  region: { code: string; name: string };
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string;
  state: "active" | "expired" | "revoked";
}

export function AccessTokenList({ tokens }: { tokens: AccessTokenRow[] }) {
  const t = useTranslate();
  const language = useLanguage();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  const at = (iso: string | null) => (iso ? `${when.format(new Date(iso))} UTC` : "—");
  return (
    <section className="section" aria-labelledby="token-list-title">
      <h2 id="token-list-title">{t("tokens.list.title")}</h2>
      {tokens.length === 0 ? (
        <p className="empty-state">{t("tokens.list.empty")}</p>
      ) : (
        <ScrollTable label={t("tokens.list.title")}>
          <table className="token-table">
            <thead>
              <tr>
                <th scope="col">{t("tokens.field.name")}</th>
                <th scope="col">{t("tokens.list.scope")}</th>
                <th scope="col">{t("tokens.list.created")}</th>
                <th scope="col">{t("tokens.list.lastUsed")}</th>
                <th scope="col">{t("tokens.list.expires")}</th>
                <th scope="col">{t("tokens.list.state")}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">
                    {token.name}
                    <span className="muted block">
                      <code>{token.prefix}…</code>
                    </span>
                  </th>
                  <td>
                    {token.region.name}
                    <span className="muted block">{token.scopes.join(", ")}</span>
                  </td>
                  <td>{at(token.createdAt)}</td>
                  <td>{at(token.lastUsedAt)}</td>
                  <td>{at(token.expiresAt)}</td>
                  <td>
                    {t(`tokens.state.${token.state}`)}
                    {token.state === "active" ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="revoke" />
                        <input type="hidden" name="tokenId" value={token.id} />
                        <button
                          type="submit"
                          className="link-button"
                          aria-label={t("tokens.list.revokeNamed", { name: token.name })}
                        >
                          {t("tokens.list.revoke")}
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
