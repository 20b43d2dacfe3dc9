"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { DialogFooter } from "@/components/ui/dialog-layout";
import { InputField } from "@/components/ui/input-field";
import { Label } from "@/components/ui/label";
import type { FormState } from "@/lib/actions/form-state";
import { createApiKeyAction } from "@/lib/api-keys/actions";
import { apiScopes } from "@/lib/api-keys/scopes";
import { useErrorText } from "@/lib/i18n/use-error-text";
import { scopeMessageKey } from "./scope-key";

export interface CreatedKey {
  key: string;
  id: string;
  name: string;
  prefix: string;
}

export function CreateApiKeyForm({
  onCreated,
  onCancel,
}: {
  onCreated: (created: CreatedKey) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("apiKeys");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [state, setState] = useState<FormState>({});
  const [pending, startTransition] = useTransition();

  // onSubmit rather than <form action>: React resets a form after its action runs, which would
  // clear the name and the ticked scopes whenever the server sends back a field error.
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const input = { name: String(formData.get("name") ?? ""), scopes: formData.getAll("scopes").map(String) };
    startTransition(async () => {
      try {
        const result = await createApiKeyAction(input);
        if (result.ok) onCreated(result.data);
        else
          setState({
            errors: result.error.fields,
            message: result.error.fields ? "checkFields" : result.error.message,
          });
      } catch {
        setState({ message: t("create.failed") });
      }
    });
  }

  const nameErrors = state.errors?.name?.map((key) => errorText(key) ?? key);
  const scopeErrors = state.errors?.scopes?.map((key) => errorText(key) ?? key) ?? [];

  return (
    <form onSubmit={submit} className="grid gap-5" noValidate>
      <InputField
        id="api-key-name"
        label={t("create.name")}
        errors={nameErrors}
        name="name"
        autoComplete="off"
        maxLength={100}
        required
        autoFocus
        placeholder={t("create.namePlaceholder")}
      />

      <fieldset
        className="grid gap-3"
        aria-describedby={["api-key-scopes-help", scopeErrors.length ? "api-key-scopes-error" : null]
          .filter(Boolean)
          .join(" ")}
        aria-invalid={scopeErrors.length ? true : undefined}
      >
        <legend className="text-sm font-medium">{t("create.scopes")}</legend>
        <p id="api-key-scopes-help" className="-mt-1 text-sm text-muted-foreground">
          {t("create.scopesHelp")}
        </p>
        <ul className="grid gap-2 sm:grid-cols-2">
          {apiScopes.map((scope) => {
            const id = `api-key-scope-${scopeMessageKey(scope)}`;
            return (
              <li
                key={scope}
                className="flex items-start gap-3 rounded-md border p-3 has-[[data-state=checked]]:border-primary/60 has-[[data-state=checked]]:bg-primary/5"
              >
                <Checkbox
                  id={id}
                  name="scopes"
                  value={scope}
                  className="mt-0.5"
                  aria-describedby={`${id}-description`}
                />
                <div className="grid gap-1">
                  <Label htmlFor={id} className="font-mono text-xs">
                    {t(`scopes.${scopeMessageKey(scope)}.label`)}
                  </Label>
                  <p id={`${id}-description`} className="text-xs text-muted-foreground">
                    {t(`scopes.${scopeMessageKey(scope)}.description`)}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
        <div
          id="api-key-scopes-error"
          aria-live="polite"
          className="text-sm font-medium text-destructive empty:hidden"
        >
          {scopeErrors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      </fieldset>

      <p aria-live="polite" role="status" className="text-sm text-destructive empty:hidden">
        {state.message ? errorText(state.message) : null}
      </p>

      <DialogFooter>
        <Button type="button" variant="outline" onClick={onCancel}>
          {tc("cancel")}
        </Button>
        <Button type="submit" pending={pending}>
          {pending ? t("create.submitting") : t("create.submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
