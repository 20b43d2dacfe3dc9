import type { AppLocale } from "@/lib/i18n/locales";
import { en } from "./en";
import { ptBR } from "./pt-BR";
import type { RecipientReason, TemplateCopy } from "./types";

export type { RecipientReason, TemplateCopy, TypeCopy } from "./types";

const copies: Record<AppLocale, TemplateCopy> = { en, "pt-BR": ptBR };

export function copyFor(locale: AppLocale): TemplateCopy {
  return copies[locale];
}

/** The footer sentence saying why a recipient gets the e-mail, in their language. */
export function reasonText(locale: AppLocale, reason: RecipientReason): string {
  const { reasons } = copies[locale].layout;
  switch (reason.via) {
    case "group":
      return reasons.group(reason.group, reason.target);
    case "direct":
      return reasons.direct(reason.target);
    case "mandatory":
      return reasons.mandatory;
    case "test":
      return reasons.test;
  }
}
