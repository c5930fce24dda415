import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { languageOf } from "~/i18n/language.server";
import { translator, type MessageKey, type Translate } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import {
  applyUnsubscribe,
  findUnsubscribe,
  type UnsubscribeScope,
} from "~/modules/tracker/unsubscribe.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "" },
  { name: "robots", content: "noindex" },
];

function scopeLabel(t: Translate, kind: UnsubscribeScope): string {
  return kind.startsWith("digest.")
    ? t(`notify.unsubscribe.${kind}` as MessageKey)
    : t(`notify.kind.${kind}` as MessageKey);
}

/** GET /unsubscribe/:token — asks first (a link scanner must not unsubscribe anyone). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const t = translator(languageOf(request));
  const found = await findUnsubscribe(params.token ?? "");
  const body = {
    title: t("notify.unsubscribe.title"),
    kindLabel: found ? scopeLabel(t, found.kind) : null,
  };
  return found ? body : data(body, { status: 404 });
}

/**
 * POST /unsubscribe/:token — RFC 8058 one-click (body List-Unsubscribe=One-Click from a mail
 * program, or this page's button): no session needed, the token says who and what.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const t = translator(languageOf(request));
  const done = await applyUnsubscribe(params.token ?? "");
  if (!done) return data({ done: false, kindLabel: null }, { status: 404 });
  return { done: true, kindLabel: scopeLabel(t, done.kind) };
}

export default function UnsubscribePage() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  const kindLabel = result?.kindLabel ?? loaded.kindLabel;
  return (
    <div className="container section form-card">
      <h1>{t("notify.unsubscribe.title")}</h1>
      {!kindLabel ? (
        <p className="notice notice-error">{t("notify.unsubscribe.invalid")}</p>
      ) : result?.done ? (
        <p className="notice notice-success" role="status">
          {t("notify.unsubscribe.done", { kind: kindLabel })}
        </p>
      ) : (
        <Form method="post" className="stack">
          <p>{t("notify.unsubscribe.confirm", { kind: kindLabel })}</p>
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <button type="submit" className="button">
            {t("notify.unsubscribe.button")}
          </button>
        </Form>
      )}
    </div>
  );
}
