// The top of a software entry's page: its name, short description, review status (while not
// published), key facts and links to the repository, the publiccode.yml and the edit form.
import { Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { ExternalLink } from "~/components/external-link";
import { FormNotice } from "~/components/form-field";
import { dataLabel, type MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import type { EntryStatus } from "~/modules/software/software-entry-eligibility";

type Region = { code: string; name: string };

export interface EntryHeaderProps {
  entry: {
    slug: string;
    name: string;
    url: string;
    license: string;
    developmentStatus: string;
    softwareType: string;
    isDemo: boolean;
    region: Region;
  };
  shortDescription: string | undefined;
  status: EntryStatus;
  /** What the new and edit forms said after a save. */
  saved: MessageKey | null;
  mayReview: boolean;
  mayManage: boolean;
}

function ReviewStatus({
  status,
  region,
  slug,
  mayReview,
}: {
  status: EntryStatus;
  region: Region;
  slug: string;
  mayReview: boolean;
}) {
  const t = useTranslate();
  return (
    <div className="notice review-status" role="note">
      <p>
        <strong>{t("review.status.label", { status: t(`practice.status.${status}`) })}</strong>
        {" · "}
        {status === "SUBMITTED"
          ? t("review.submittedNotice")
          : t("review.draftNotice", { region: region.name })}
      </p>
      {mayReview ? (
        <p>
          <Link to={`/review/software/${slug}`}>{t("review.openReview")}</Link>
        </p>
      ) : null}
    </div>
  );
}

export function EntryHeader({
  entry,
  shortDescription,
  status,
  saved,
  mayReview,
  mayManage,
}: EntryHeaderProps) {
  const t = useTranslate();
  return (
    <>
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/software">{t("software.title")}</Link>
      </nav>
      <h1>
        {entry.name} {entry.isDemo ? <DemoBadge /> : null}
      </h1>
      {shortDescription !== undefined ? <p className="lead">{shortDescription}</p> : null}
      <FormNotice kind="success" message={saved ?? undefined} />
      {status !== "PUBLISHED" ? (
        <ReviewStatus
          status={status}
          region={entry.region}
          slug={entry.slug}
          mayReview={mayReview}
        />
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t("practice.region")}</dt>
          <dd>
            <Link to={`/regions/${entry.region.code}`}>{entry.region.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("software.field.license")}</dt>
          <dd>{entry.license}</dd>
        </div>
        <div>
          <dt>{t("software.field.status")}</dt>
          <dd>
            {dataLabel(t, `software.status.${entry.developmentStatus}`, entry.developmentStatus)}
          </dd>
        </div>
        <div>
          <dt>{t("software.field.type")}</dt>
          <dd>{entry.softwareType}</dd>
        </div>
      </dl>
      <p className="actions">
        <ExternalLink href={entry.url}>{t("software.repository")}</ExternalLink>
        <a href={`/software/${entry.slug}/publiccode.yml`}>publiccode.yml</a>
        {mayManage ? <Link to={`/software/${entry.slug}/edit`}>{t("software.edit")}</Link> : null}
      </p>
    </>
  );
}
