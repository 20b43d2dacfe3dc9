import "server-only";
import { findType } from "@/lib/catalog/definitions";
import { localizeType } from "@/lib/catalog/localize";
import type { Viewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { reasonText } from "./copy";
import { renderNotification } from "./render";
import type { PreviewRequest } from "./schemas";

/** Where the e-mails' footer links point. */
export function appLinks() {
  const base = env.APP_URL.replace(/\/+$/, "");
  return {
    preferencesUrl: `${base}/me/notifications`,
    previewUnsubscribeUrl: `${base}/me/notifications?unsubscribe=preview`,
  };
}

/**
 * The preview of a type as the signed-in staff member would receive it: their name and time zone,
 * a reason as the dispatcher would give it, and (for non-mandatory types) an unsubscribe link.
 */
export function renderPreview(input: PreviewRequest, viewer: Pick<Viewer, "name" | "timeZone">) {
  const type = findType(input.typeKey);
  const links = appLinks();
  const reason = type?.mandatory
    ? reasonText(input.locale, { via: "mandatory" })
    : reasonText(input.locale, {
        via: "direct",
        target: type ? localizeType(type, input.locale).name : input.typeKey,
      });
  return renderNotification({
    typeKey: input.typeKey,
    payload: input.payload,
    locale: input.locale,
    timeZone: viewer.timeZone,
    recipient: { name: viewer.name, reason },
    links: { preferencesUrl: links.preferencesUrl, unsubscribeUrl: links.previewUnsubscribeUrl },
    override: input.override,
  });
}
