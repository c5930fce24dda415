import { Link } from "@remix-run/react";
import { useTranslate } from "~/i18n/use-translate";

/**
 * On a draft the viewer may edit: the "Ubah draf" link and, while it has no milestone (which
 * approval needs), the notice saying so, the edit link being the next step.
 */
export function DraftEditBox({
  commitmentId,
  milestoneCount,
}: {
  commitmentId: string;
  milestoneCount: number;
}) {
  const t = useTranslate();
  const href = `/commitments/${commitmentId}/edit`;
  return (
    <section aria-label={t("tracker.edit.link")} className="aside-box draft-edit">
      {milestoneCount === 0 ? (
        <p className="notice notice-warning" role="note">
          {t("tracker.edit.noMilestones")}
        </p>
      ) : null}
      <p>
        <Link to={href} className="button secondary">
          {t("tracker.edit.link")}
        </Link>
      </p>
    </section>
  );
}
