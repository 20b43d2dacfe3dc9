import { getMessages } from "next-intl/server";
import { pickMessages, type Namespace } from "@/lib/i18n/pick-messages";
import { MergeMessages } from "./merge-messages";

/**
 * The messages of `namespaces` for the client components below, added to the shell's (the root
 * layout's provider): a route segment's layout wraps its children in it, so that its pages' payload
 * carries only what their islands read. client-messages.test.ts checks every list against the
 * useTranslations calls of the client code each segment renders.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly Namespace[];
  children: React.ReactNode;
}) {
  return <MergeMessages messages={pickMessages(await getMessages(), namespaces)}>{children}</MergeMessages>;
}
