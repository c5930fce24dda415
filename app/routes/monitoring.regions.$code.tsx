import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { ColumnDefinitions } from "~/components/monitoring/column-definitions";
import {
  RegionActivity,
  RegionCommitments,
  RegionFigures,
} from "~/components/monitoring/region-drilldown";
import { ReminderPanel, type ReminderAnswer } from "~/components/monitoring/reminder-panel";
import { useTranslate } from "~/i18n/use-translate";
import { regionMonitoring } from "~/modules/monitoring/region-monitoring.server";
import { REMINDER_INTERVAL_DAYS, sendRegionReminder } from "~/modules/monitoring/reminders.server";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { figureDefinitionParams } from "~/modules/monitoring/figures.server";
import monitoringStylesheet from "~/styles/monitoring.css?url";
import { notFound } from "~/utils/app-error";
import { readFormData } from "~/utils/form-data.server";
import { parseForm } from "~/utils/forms";
import {
  formAnswer,
  invalidForm,
  retryAfterHeader,
  tooManyRequests,
} from "~/utils/responses.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: monitoringStylesheet }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.region.name} · Living Lab` : "" },
];

/** GET /monitoring/regions/:code: one region's figures at members level, for the centre. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const drill = await regionMonitoring({ actor, code: params.code ?? "" });
  return {
    ...drill,
    intervalDays: REMINDER_INTERVAL_DAYS,
    figureParams: await figureDefinitionParams({ year: drill.year }),
  };
}

const reminderFormSchema = z.object({
  intent: z.literal("remind", { message: "monitoring.error.intent" }),
});

/** POST intent=remind: "Kirim pengingat" to the region's secretaries (at most one in 7 days). */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const code = regionCodeSchema.safeParse(params.code);
  if (!code.success) throw notFound();
  const form = parseForm(reminderFormSchema, await readFormData(request));
  if (!form.ok) return invalidForm(form.errors);
  const allowance = await spendAllowance(RATE_LIMITS.memberWritesPerAccount, actor.id);
  if (allowance.limited) return tooManyRequests(allowance.retryAfterSeconds, "limits.error.writes");
  const result = await sendRegionReminder({
    actor,
    regionCode: code.data,
    origin: requestOrigin(request, context),
  });
  switch (result.status) {
    case "sent":
      return formAnswer<ReminderAnswer>({
        errors: {},
        notice: "monitoring.remind.sent",
        recipients: result.recipients,
      });
    case "too-soon":
      return formAnswer<ReminderAnswer>(
        {
          errors: {},
          formError: "monitoring.remind.tooSoon",
          nextPossibleAt: result.nextPossibleAt,
        },
        {
          status: 429,
          headers: retryAfterHeader((Date.parse(result.nextPossibleAt) - Date.now()) / 1000),
        },
      );
    case "no-secretary":
      return formAnswer<ReminderAnswer>(
        { errors: {}, formError: "monitoring.remind.noSecretary" },
        409,
      );
  }
}

export default function RegionMonitoringPage() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as ReminderAnswer | undefined;
  const t = useTranslate();
  const { region } = data;
  return (
    <div className="container section monitoring-page">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/monitoring">{t("monitoring.title")}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/monitoring?province=${region.province.code}`}>{region.province.name}</Link>
      </nav>
      <h1>{region.name}</h1>
      <p className="lead">
        {t("monitoring.drill.lead", { code: region.code })}{" "}
        <Link to={`/regions/${region.code}`}>{t("monitoring.drill.publicPage")}</Link>
      </p>
      <section aria-labelledby="drill-figures" className="monitoring-section">
        <h2 id="drill-figures">{t("monitoring.drill.figuresTitle")}</h2>
        <RegionFigures row={data.row} year={data.year} />
        <ColumnDefinitions params={data.figureParams} />
      </section>
      <ReminderPanel
        reminder={data.reminder}
        secretaries={data.members.secretaries}
        mayRemind={data.mayRemind}
        answer={answer}
        intervalDays={data.intervalDays}
      />
      <RegionActivity lastEvent={data.lastEvent} members={data.members} />
      <RegionCommitments commitments={data.commitments} />
    </div>
  );
}
