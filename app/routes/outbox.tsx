import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { forbidden } from "~/utils/app-error";
import { can } from "~/auth/policy";
import { getSessionUser } from "~/auth/session.server";
import { Pagination } from "~/components/pagination";
import { env } from "~/env.server";
import { languageOf } from "~/i18n/language.server";
import { localeOf } from "~/i18n/languages";
import { translator } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { countFailedMail, listOutbox, type OutboxScope } from "~/modules/mail/mailer.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

const pageSchema = z.coerce.number().int().min(1).max(1000).catch(1);

/**
 * The development outbox: mail kept because no SMTP_URL is configured. Administrators see every
 * message. In demo mode without SMTP (the embedded default) everyone else sees the mail to demo
 * accounts only, so the invitation and reset flows can be tried with them; any other account's
 * mail (its links are that account's alone) stays hidden, and the page says so. Outside that, the
 * outbox is for administrators only.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const isAdmin = can(await getSessionUser(request), "outbox:read");
  // Open at all only where nothing is really sent (demo mode without SMTP): a sent message's
  // links belong to its recipient alone.
  const { DEMO_MODE, SMTP_URL } = env();
  const demoOutbox = DEMO_MODE && !SMTP_URL;
  if (!isAdmin && !demoOutbox) throw forbidden();
  const scope: OutboxScope = isAdmin ? "all" : "demo-accounts";
  const page = pageSchema.parse(new URL(request.url).searchParams.get("page") ?? 1);
  const failedOnly = new URL(request.url).searchParams.get("status") === "failed";
  const [outbox, failed] = await Promise.all([
    listOutbox({ page, limit: 20, scope, status: failedOnly ? "failed" : undefined }),
    countFailedMail(scope),
  ]);
  return {
    title: translator(languageOf(request))("outbox.title"),
    smtpConfigured: Boolean(SMTP_URL),
    demoAccountsOnly: scope === "demo-accounts",
    page,
    failedOnly,
    failed,
    total: outbox.total,
    items: outbox.items.map((item) => ({
      ...item,
      createdAt: item.createdAt.toISOString(),
      nextAttemptAt: item.nextAttemptAt?.toISOString() ?? null,
    })),
  };
}

export default function OutboxPage() {
  const { items, total, page, smtpConfigured, demoAccountsOnly, failedOnly, failed } =
    useLoaderData<typeof loader>();
  const t = useTranslate();
  const language = useLanguage();
  const [searchParams] = useSearchParams();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeStyle: "medium",
  });
  return (
    <div className="container section">
      <h1>{t("outbox.title")}</h1>
      <p className="notice">{t(smtpConfigured ? "outbox.smtpConfigured" : "outbox.explain")}</p>
      {demoAccountsOnly ? <p className="notice">{t("outbox.demoAccountsOnly")}</p> : null}
      <p>
        {failedOnly ? (
          <Link to="/outbox">{t("notify.outbox.all")}</Link>
        ) : (
          <Link to="/outbox?status=failed">{t("notify.outbox.failedOnly", { count: failed })}</Link>
        )}
      </p>
      {items.length === 0 ? <p className="empty-state">{t("outbox.empty")}</p> : null}
      {items.map((item) => (
        <article key={item.id} className="card section" aria-label={item.subject}>
          <h2 className="card-title">{item.subject}</h2>
          <p className="muted">
            {t("outbox.meta", {
              to: item.to,
              when: when.format(new Date(item.createdAt)),
              status: item.status,
            })}
          </p>
          {item.status === "failed" || item.status === "queued" ? (
            <p className={item.status === "failed" ? "notice notice-error" : "notice"}>
              {t("notify.outbox.attempts", { attempts: item.attempts })}
              {item.error ? ` ${t("notify.outbox.error", { error: item.error })}` : ""}{" "}
              {item.nextAttemptAt
                ? t("notify.outbox.next", { when: when.format(new Date(item.nextAttemptAt)) })
                : t("notify.outbox.gaveUp")}
            </p>
          ) : null}
          <div className="mail-body">{item.text}</div>
        </article>
      ))}
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(total / 20))}
        searchParams={searchParams}
      />
    </div>
  );
}
