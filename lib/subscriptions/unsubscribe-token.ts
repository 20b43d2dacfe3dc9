// One-click unsubscribe links (RFC 8058) signed with this instance's AUTH_SECRET and pointing to its
// APP_URL, both from the validated env. The token format and the signing: ./unsubscribe-signing.
// No "server-only": dispatch computes links in the worker as well as in Next.
import { env } from "@/lib/env";
import {
  checkUnsubscribeToken,
  signUnsubscribeToken,
  unsubscribeLinks,
  type UnsubscribeTokenInput,
  type VerifyUnsubscribeTokenResult,
} from "./unsubscribe-signing";

export type { UnsubscribeTokenFailure } from "./unsubscribe-signing";

/** This instance's AUTH_SECRET and APP_URL, for the functions that take them as arguments. */
export function envSigning() {
  return { authSecret: env.AUTH_SECRET, appUrl: env.APP_URL };
}

export function createUnsubscribeToken(input: UnsubscribeTokenInput): string {
  return signUnsubscribeToken(env.AUTH_SECRET, input);
}

export function verifyUnsubscribeToken(token: string, now: Date = new Date()): VerifyUnsubscribeTokenResult {
  return checkUnsubscribeToken(env.AUTH_SECRET, token, now);
}

/** The confirmation page: for the link in the e-mail's footer. */
export function unsubscribeUrl(input: UnsubscribeTokenInput): string {
  return unsubscribeLinks(envSigning(), input).page;
}

/**
 * Both links for one recipient and type: `page` for the footer, `oneClick` for the headers
 * `List-Unsubscribe: <oneClick>` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
 */
export function unsubscribeUrls(input: UnsubscribeTokenInput): { page: string; oneClick: string } {
  return unsubscribeLinks(envSigning(), input);
}
