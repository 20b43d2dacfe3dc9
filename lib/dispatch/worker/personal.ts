// The personal parts of one e-mail and its headers (./personal-parts), with unsubscribe links signed
// with this instance's AUTH_SECRET and pointing to its APP_URL. No "server-only": the standalone worker
// process imports this outside Next.
import { envSigning } from "@/lib/subscriptions/unsubscribe-token";
import * as parts from "./personal-parts";

export {
  headersFor,
  reasonFor,
  TEST_HEADER,
  TEST_SUBJECT_PREFIX,
  type DeliveryPersonal,
} from "./personal-parts";

export function personalFor(input: parts.PersonalInput): parts.DeliveryPersonal {
  return parts.personalFor(envSigning(), input);
}

export function digestOneClickUrl(rows: readonly parts.DigestRecipientRow[], now?: Date): string | undefined {
  return parts.digestOneClickUrl(envSigning(), rows, now);
}
