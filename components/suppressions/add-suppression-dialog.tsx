"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { FormMessage, useFieldErrors } from "@/components/shell/form-message";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog-layout";
import { Field, fieldControlProps } from "@/components/ui/field";
import { InputField } from "@/components/ui/input-field";
import { useAnnounce } from "@/components/ui/live-announcer";
import { Textarea } from "@/components/ui/textarea";
import { TitledDialog } from "@/components/ui/titled-dialog";
import { addSuppressionAction } from "@/lib/suppressions/actions";
import { SUPPRESSION_NOTE_MAX } from "@/lib/suppressions/limits";

/** "Add address" (ADMIN): blocks an address by hand, with an optional note saying why. */
export function AddSuppressionDialog() {
  const t = useTranslations("suppressions.add");
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  return (
    <TitledDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button>
          <Plus aria-hidden />
          {t("button")}
        </Button>
      }
      title={t("title")}
      description={t("description")}
      className="sm:max-w-lg"
    >
      {/* Mounted only while open, so each opening starts empty. */}
      {open ? (
        <AddSuppressionForm
          onAdded={(email) => {
            setOpen(false);
            // The dialog closes and the list refreshes: the shell's live region says what happened.
            announce?.(t("done", { email }));
          }}
          onCancel={() => setOpen(false)}
        />
      ) : null}
    </TitledDialog>
  );
}

function AddSuppressionForm({
  onAdded,
  onCancel,
}: {
  onAdded: (email: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("suppressions.add");
  const tc = useTranslations("common");
  const { state, action, pending, onSubmit } = useFormAction(addSuppressionAction);
  const errors = useFieldErrors(state);
  // The address as the server stores it (trimmed, lower-cased), for the announcement after success.
  const submitted = useRef("");
  const handled = useRef(state);

  useEffect(() => {
    if (state === handled.current) return;
    handled.current = state;
    if (state.ok) onAdded(submitted.current);
  }, [state, onAdded]);

  function submit(event: FormEvent<HTMLFormElement>) {
    submitted.current = String(new FormData(event.currentTarget).get("email") ?? "")
      .trim()
      .toLowerCase();
    onSubmit(event);
  }

  return (
    <form
      action={action}
      onSubmit={submit}
      noValidate
      className="grid gap-4"
      data-testid="add-suppression-form"
    >
      <InputField
        id="suppression-email"
        name="email"
        type="email"
        label={t("email")}
        errors={errors("email")}
        required
        maxLength={254}
        autoComplete="off"
        spellCheck={false}
      />
      <Field id="suppression-note" label={t("note")} description={t("noteHelp")} errors={errors("note")}>
        <Textarea
          name="note"
          maxLength={SUPPRESSION_NOTE_MAX}
          rows={3}
          {...fieldControlProps("suppression-note", errors("note"), { description: true })}
        />
      </Field>
      <FormMessage state={state} />
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onCancel}>
          {tc("cancel")}
        </Button>
        <Button type="submit" pending={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
