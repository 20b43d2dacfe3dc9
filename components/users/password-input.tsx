"use client";

import { Eye, EyeOff, Wand2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

// No look-alikes (0/O, 1/l/I), so a password read aloud or copied by hand survives.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_!@#%+=";
const GENERATED_LENGTH = 20;

/** A strong random password from the browser's CSPRNG (rejection sampling keeps it unbiased). */
function generatePassword(length = GENERATED_LENGTH): string {
  const limit = 256 - (256 % ALPHABET.length);
  let out = "";
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += ALPHABET[byte % ALPHABET.length];
    }
  }
  return out;
}

type Props = Omit<React.ComponentProps<typeof Input>, "type" | "value" | "onChange">;

/**
 * A new-password field with show/hide, and a "Generate" button that fills in a random password and
 * shows it so the administrator can copy it now (Herald never displays it again).
 */
export function PasswordInput(props: Props) {
  const t = useTranslations("users.form");
  const [value, setValue] = useState("");
  const [visible, setVisible] = useState(false);
  const [generated, setGenerated] = useState(false);

  return (
    <div className="grid gap-2">
      <div className="flex gap-2">
        <Input
          {...props}
          type={visible ? "text" : "password"}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setGenerated(false);
          }}
          autoComplete="new-password"
          spellCheck={false}
          className="font-mono"
        />
        <Button
          variant="outline"
          size="icon"
          onClick={() => setVisible((shown) => !shown)}
          aria-label={visible ? t("hidePassword") : t("showPassword")}
          aria-pressed={visible}
        >
          {visible ? <EyeOff aria-hidden /> : <Eye aria-hidden />}
        </Button>
        <Button
          variant="outline"
          onClick={() => {
            setValue(generatePassword());
            setVisible(true);
            setGenerated(true);
          }}
        >
          <Wand2 aria-hidden />
          {t("generate")}
        </Button>
      </div>
      {generated ? (
        <div role="status" className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <span>{t("generatedHint")}</span>
          {/* Keyed by the password so that a new one starts unconfirmed. */}
          <CopyButton key={value} value={value} label={t("copy")} copiedLabel={t("copied")} variant="ghost" />
        </div>
      ) : null}
    </div>
  );
}

/** A user's new password (12 to 256 characters) in a `Field`, wired to its description and errors. */
export function PasswordField({
  id,
  name = "password",
  label,
  description,
  errors,
}: {
  id: string;
  name?: string;
  label: string;
  description: string;
  errors?: string[];
}) {
  return (
    <Field id={id} label={label} description={description} errors={errors}>
      <PasswordInput
        name={name}
        required
        minLength={12}
        maxLength={256}
        {...fieldControlProps(id, errors, { description: true })}
      />
    </Field>
  );
}
