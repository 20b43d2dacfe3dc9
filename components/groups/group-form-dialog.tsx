"use client";

import { Pencil, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormMessage, useFieldErrors, useFormFields } from "@/components/shell/form-message";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog-layout";
import { Field, fieldControlProps } from "@/components/ui/field";
import { InputField } from "@/components/ui/input-field";
import { Textarea } from "@/components/ui/textarea";
import { TitledDialog } from "@/components/ui/titled-dialog";
import { createGroupAction, updateGroupAction } from "@/lib/groups/actions";
import { GROUP_DESCRIPTION_MAX, GROUP_NAME_MAX } from "@/lib/groups/limits";

interface Props {
  /** Absent to create a group (success opens its page); present to edit it. */
  group?: { id: string; name: string; description: string };
}

export function GroupFormDialog({ group }: Props) {
  const t = useTranslations("groups");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <TitledDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        group ? (
          <Button variant="outline">
            <Pencil aria-hidden />
            {tc("edit")}
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden />
            {t("new")}
          </Button>
        )
      }
      title={group ? t("form.editTitle") : t("form.createTitle")}
      description={t("form.description")}
    >
      {/* Mounted only while open, so each opening starts from the saved values. */}
      {open ? <GroupForm group={group} onSaved={() => setOpen(false)} /> : null}
    </TitledDialog>
  );
}

function GroupForm({ group, onSaved }: Props & { onSaved: () => void }) {
  const t = useTranslations("groups.form");
  const tc = useTranslations("common");
  const { state, action, pending, onSubmit } = useFormAction(group ? updateGroupAction : createGroupAction);
  const errors = useFieldErrors(state);
  const field = useFormFields(state, "group", t);
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state.ok) onSaved();
  }
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="grid gap-4">
      {group ? <input type="hidden" name="id" value={group.id} /> : null}
      <InputField
        {...field("name")}
        defaultValue={group?.name}
        required
        maxLength={GROUP_NAME_MAX}
        autoComplete="off"
      />
      <Field
        id="group-description"
        label={t("descriptionLabel")}
        description={t("descriptionHelp")}
        errors={errors("description")}
      >
        <Textarea
          name="description"
          defaultValue={group?.description}
          maxLength={GROUP_DESCRIPTION_MAX}
          rows={3}
          {...fieldControlProps("group-description", errors("description"), { description: true })}
        />
      </Field>
      <FormMessage state={state} />
      <DialogFooter>
        <Button type="submit" pending={pending}>
          {pending ? tc("saving") : group ? tc("save") : t("create")}
        </Button>
      </DialogFooter>
    </form>
  );
}
