// What `npm run email:dev` shows around each template's sample payload: a recipient, a reason and
// links as the dispatcher would pass them.
import { samplePayloads, type TypeKey } from "@/lib/templates/payloads";
import type { EmailBaseProps } from "@/lib/templates/view";

export const previewBase = {
  locale: "en",
  timeZone: "America/Sao_Paulo",
  recipient: {
    name: "Ana Souza",
    reason:
      "You receive this because you are a member of Security Operations, which is subscribed to this notification.",
  },
  links: {
    preferencesUrl: "http://localhost:3000/me/notifications",
    unsubscribeUrl: "http://localhost:3000/unsubscribe?token=preview",
  },
} satisfies EmailBaseProps;

/** The preview of one type: the base above with that type's sample payload. */
export function previewOf<K extends TypeKey>(typeKey: K) {
  return { ...previewBase, typeKey, payload: samplePayloads[typeKey] };
}
