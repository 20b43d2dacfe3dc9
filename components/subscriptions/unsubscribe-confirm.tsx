"use client";

import { CheckCircle2 } from "lucide-react";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { confirmUnsubscribeAction, type UnsubscribeFormState } from "@/lib/subscriptions/unsubscribe-actions";

/** The confirmation button of an unsubscribe link (works without JavaScript too: a plain form post). */
export function UnsubscribeConfirm({
  token,
  typeName,
  email,
}: {
  token: string;
  typeName: string;
  email: string;
}) {
  const t = useTranslations("subscriptions.unsubscribe");
  const [state, action, pending] = useActionState<UnsubscribeFormState, FormData>(confirmUnsubscribeAction, {
    status: "idle",
  });

  if (state.status === "done") {
    // The confirm button it replaces had the focus: the focus moves to the outcome, not the page's body.
    return (
      <Alert
        variant="success"
        role="status"
        data-testid="unsubscribe-done"
        tabIndex={-1}
        ref={(node) => node?.focus()}
        className="outline-none"
      >
        <CheckCircle2 aria-hidden />
        <AlertTitle>{t("doneTitle")}</AlertTitle>
        <AlertDescription>{t("doneDescription", { type: typeName, email })}</AlertDescription>
      </Alert>
    );
  }
  const failure =
    state.status !== "error"
      ? null
      : state.code === "CONFLICT"
        ? { title: t("mandatoryTitle"), description: t("mandatoryDescription", { type: typeName }) }
        : state.reason === "expired"
          ? { title: t("expiredTitle"), description: t("expiredDescription") }
          : { title: t("invalidTitle"), description: t("invalidDescription") };
  return (
    <form action={action} className="grid gap-4">
      <input type="hidden" name="token" value={token} />
      {failure ? (
        <Alert variant="destructive">
          <AlertTitle>{failure.title}</AlertTitle>
          <AlertDescription>{failure.description}</AlertDescription>
        </Alert>
      ) : null}
      <Button type="submit" pending={pending} data-testid="unsubscribe-confirm">
        {pending ? t("confirming") : t("confirm")}
      </Button>
    </form>
  );
}
