import type { ReactNode } from "react";
import { useTranslate } from "~/i18n/use-translate";
import { safeHttpUrl } from "~/utils/safe-url";

/**
 * A link off the portal. Only an http(s) address (safeHttpUrl) becomes an anchor; anything else —
 * a javascript:, data:, vbscript: or file: address a row stored before the rule may hold — is
 * shown as text with a note, never as an href.
 */
export function ExternalLink({
  href,
  children,
}: {
  href: string | null | undefined;
  children: ReactNode;
}) {
  const t = useTranslate();
  const safe = safeHttpUrl(href);
  if (!safe) {
    return (
      <span className="unsafe-link">
        {children} <span className="muted">{t("link.notHttp")}</span>
      </span>
    );
  }
  return (
    <a href={safe} rel="noopener noreferrer nofollow">
      {children}
    </a>
  );
}
