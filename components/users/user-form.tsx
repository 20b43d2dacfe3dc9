"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { Route } from "next";
import { FormMessage, useFieldErrors, useFormFields } from "@/components/shell/form-message";
import { localeOptions } from "@/components/shell/select-options";
import { useFormAction } from "@/components/shell/use-form-action";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/input-field";
import { SelectField } from "@/components/ui/select-field";
import { QuietHoursField } from "@/components/subscriptions/quiet-hours-field";
import type { Role } from "@/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/locales";
import type { QuietWindow } from "@/lib/subscriptions/quiet-window";
import { createUserAction, updateUserAction } from "@/lib/users/actions";
import { roles } from "@/lib/users/values";
import type { TimeZoneOption } from "@/lib/users/time-zones";
import { PasswordField } from "./password-input";

export interface UserFormValues {
  id?: string;
  name: string;
  email: string;
  role: Role;
  locale: AppLocale;
  timeZone: string;
}

interface Props {
  /** Absent for a new user. Editing also sets their quiet hours (a new user sets their own). */
  user?: UserFormValues & QuietWindow & { id: string };
  timeZones: TimeZoneOption[];
  /** The administrator editing their own account (they cannot change their own role). */
  isSelf?: boolean;
}

const newUser: UserFormValues = {
  name: "",
  email: "",
  role: "USER",
  locale: "pt-BR",
  timeZone: "America/Sao_Paulo",
};

/** Create or edit a user. Editing does not touch the password (that is its own form). */
export function UserForm({ user, timeZones, isSelf = false }: Props) {
  const t = useTranslations("users.form");
  const tc = useTranslations("common");
  const creating = !user;
  const { state, action, pending, onSubmit } = useFormAction(creating ? createUserAction : updateUserAction);
  const field = useFormFields(state, "user", t);
  const fieldErrors = useFieldErrors(state);
  const values = user ?? newUser;

  return (
    <form action={action} onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-5">
      {user ? <input type="hidden" name="id" value={user.id} /> : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <InputField
          {...field("name")}
          defaultValue={values.name}
          autoComplete="off"
          required
          maxLength={120}
        />
        <InputField
          {...field("email")}
          type="email"
          defaultValue={values.email}
          autoComplete="off"
          required
          maxLength={254}
        />
      </div>
      <SelectField
        {...field("role")}
        description={isSelf ? t("roleSelf") : creating ? t("roleHelp") : t("roleEndsSessions")}
        defaultValue={values.role}
        options={roles.map((role) => ({ value: role, label: t(`roleOptions.${role}`) }))}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField {...field("locale")} defaultValue={values.locale} options={localeOptions} />
        <SelectField {...field("timeZone")} defaultValue={values.timeZone} options={timeZones} />
      </div>
      {creating ? <PasswordField {...field("password")} description={t("passwordHelp")} /> : null}
      {user ? (
        <QuietHoursField
          id="user-quiet"
          quietStart={user.quietStart}
          quietEnd={user.quietEnd}
          timeZone={user.timeZone}
          errors={fieldErrors}
        />
      ) : null}
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? (creating ? t("creating") : tc("saving")) : creating ? t("create") : t("save")}
        </Button>
        <Button variant="ghost" asChild>
          <Link href={(user ? `/users/${user.id}` : "/users") as Route}>{tc("cancel")}</Link>
        </Button>
      </div>
    </form>
  );
}
