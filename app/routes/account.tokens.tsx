import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { AccessTokenForm, AccessTokenList, CreatedAccessToken } from "~/components/access-tokens";
import { FormNotice } from "~/components/form-field";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import {
  createAccessToken,
  expiryBounds,
  listAccessTokens,
  readTokenForm,
  revokeAccessToken,
  tokenRegionsOf,
  type TokenFormValues,
} from "~/modules/accounts/access-tokens.server";
import { readFormData } from "~/utils/form-data.server";
import { formAnswer, retryAfterHeader, type FormResult } from "~/utils/responses.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    title: translator(languageOf(request))("tokens.title"),
    regions: tokenRegionsOf(user),
    tokens: await listAccessTokens(user.id),
    expiry: expiryBounds(),
  };
}

/** What the action answers: field errors, a notice, or the new secret (shown this once). */
export interface TokenAnswer extends FormResult<TokenFormValues> {
  created?: { name: string; secret: string };
}

// The answer carrying a secret must not be kept by the browser or a proxy.
const NO_STORE = { "Cache-Control": "no-store" };
const answer = (body: TokenAnswer, status = 200, headers: Record<string, string> = {}) =>
  formAnswer<TokenAnswer>(body, { status, headers: { ...NO_STORE, ...headers } });

const revokeForm = z.object({ tokenId: z.uuid() });

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const origin = requestOrigin(request, context);
  const form = await readFormData(request);
  const intent = form.get("intent");
  if (intent === "revoke") {
    const parsed = revokeForm.safeParse({ tokenId: form.get("tokenId") });
    const revoked =
      parsed.success &&
      (await revokeAccessToken({ actor: user, tokenId: parsed.data.tokenId, origin }));
    return revoked
      ? answer({ errors: {}, notice: "tokens.notice.revoked" })
      : answer({ errors: {}, formError: "tokens.error.notFound" }, 404);
  }
  if (intent !== "create") return answer({ errors: {}, formError: "tokens.error.intent" }, 400);
  const read = readTokenForm(form);
  if (!read.ok) return answer({ errors: read.errors, values: read.values }, 400);
  const allowance = await spendAllowance(RATE_LIMITS.accessTokenWritesPerAccount, user.id);
  if (allowance.limited)
    return answer(
      { errors: {}, formError: "limits.error.writes" },
      429,
      retryAfterHeader(allowance.retryAfterSeconds),
    );
  const result = await createAccessToken({ actor: user, ...read.data, origin });
  if (!result.ok) {
    const { scopes: _, ...values } = read.data;
    return answer({ errors: result.errors, formError: result.formError, values }, 400);
  }
  return answer({ errors: {}, created: { name: result.name, secret: result.secret } }, 201);
}

export default function AccessTokensPage() {
  const { regions, tokens, expiry } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <div className="container section">
      <h1>{t("tokens.title")}</h1>
      <p className="lead">{t("tokens.intro")}</p>
      <FormNotice kind="success" message={result?.notice} />
      <FormNotice kind="error" message={result?.formError} />
      {result?.created ? <CreatedAccessToken {...result.created} /> : null}
      {regions.length === 0 ? (
        <p className="notice">{t("tokens.noRegions")}</p>
      ) : (
        <AccessTokenForm
          regions={regions}
          expiry={expiry}
          errors={result?.created ? {} : (result?.errors ?? {})}
          values={result?.created ? undefined : result?.values}
        />
      )}
      <AccessTokenList tokens={tokens} />
    </div>
  );
}
