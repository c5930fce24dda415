// Adoption of a software entry by other regions: the declarations waiting for the owning region's
// decision, the regions that run it (confirmed), the viewer's own declarations (to withdraw) and
// the form that declares one. Each posts to the entry's page (intent decide, withdraw, declare).
import { Form, Link } from "@remix-run/react";
import { Field, SelectField } from "~/components/form-field";
import { useTranslate } from "~/i18n/use-translate";
import type { AdoptionStatus } from "~/modules/software/software-entry-eligibility";

type Region = { code: string; name: string };

const ADOPTION_STATUS_KEYS = {
  DECLARED: "adoption.status.DECLARED",
  CONFIRMED: "adoption.status.CONFIRMED",
  REJECTED: "adoption.status.REJECTED",
} as const;

const versionSuffix = (version: string | null) => (version ? ` (${version})` : "");

export function PendingAdoptions({
  pending,
}: {
  pending: Array<{ id: string; region: Region; version: string | null }>;
}) {
  const t = useTranslate();
  if (!pending.length) return null;
  return (
    <section className="aside-box" aria-labelledby="pending-title">
      <h2 id="pending-title">{t("adoption.pendingTitle")}</h2>
      <ul className="plain-list">
        {pending.map((a) => (
          <li key={a.id}>
            {a.region.name}
            {versionSuffix(a.version)}
            <Form method="post" className="actions">
              <input type="hidden" name="intent" value="decide" />
              <input type="hidden" name="adoptionId" value={a.id} />
              <button type="submit" name="decision" value="confirm" className="button small">
                {t("adoption.confirm")}
              </button>
              <button
                type="submit"
                name="decision"
                value="reject"
                className="button small secondary"
              >
                {t("adoption.reject")}
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Adopters({
  adopters,
}: {
  adopters: Array<{ region: Region; version: string | null }>;
}) {
  const t = useTranslate();
  return (
    <section className="aside-box" aria-labelledby="adopters-title">
      <h2 id="adopters-title">{t("software.usedBy")}</h2>
      {adopters.length === 0 ? (
        <p className="muted">{t("software.noAdopters")}</p>
      ) : (
        <ul className="plain-list">
          {adopters.map((a) => (
            <li key={a.region.code}>
              <Link to={`/regions/${a.region.code}`}>{a.region.name}</Link>
              {versionSuffix(a.version)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function OwnAdoptions({
  adoptions,
}: {
  adoptions: Array<{ region: Region; status: AdoptionStatus; version: string | null }>;
}) {
  const t = useTranslate();
  if (!adoptions.length) return null;
  return (
    <section className="aside-box" aria-labelledby="own-adoption-title">
      <h2 id="own-adoption-title">{t("adoption.ownTitle")}</h2>
      <ul className="plain-list">
        {adoptions.map((a) => (
          <li key={a.region.code}>
            {a.region.name}
            {versionSuffix(a.version)}: {t(ADOPTION_STATUS_KEYS[a.status])}
            <Form method="post" className="actions">
              <input type="hidden" name="intent" value="withdraw" />
              <input type="hidden" name="regionCode" value={a.region.code} />
              <button type="submit" className="button small secondary">
                {t("adoption.withdraw")}
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DeclareAdoption({ regions }: { regions: Region[] }) {
  const t = useTranslate();
  if (!regions.length) return null;
  return (
    <section className="aside-box" aria-labelledby="declare-title">
      <h2 id="declare-title">{t("adoption.title")}</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="declare" />
        <SelectField name="regionCode" label="adoption.region">
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <Field name="version" label="adoption.version" />
        <Field name="since" type="date" label="adoption.since" />
        <Field name="serviceUrl" type="url" label="adoption.serviceUrl" />
        <Field name="contact" label="adoption.contact" />
        <p>
          <button type="submit" className="button secondary">
            {t("adoption.declare")}
          </button>
        </p>
      </Form>
    </section>
  );
}
