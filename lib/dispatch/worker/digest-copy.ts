// The words of the daily digest e-mail, in each interface language. Pure data: no "server-only".
import type { AppLocale } from "@/lib/i18n/locales";

export interface DigestCopy {
  subject: (count: number, date: string) => string;
  heading: string;
  greeting: (name: string) => string;
  summary: (count: number) => string;
  reason: string;
  myNotifications: string;
  timesShownIn: (timeZone: string) => string;
  automated: string;
  fallbackName: string;
}

const en: DigestCopy = {
  subject: (count, date) =>
    `Your Herald digest for ${date}: ${count} ${count === 1 ? "notification" : "notifications"}`,
  heading: "Your daily digest",
  greeting: (name) => `Hello ${name},`,
  summary: (count) =>
    count === 1
      ? "Here is the notification you chose to receive once a day."
      : `Here are the ${count} notifications you chose to receive once a day, by category.`,
  reason: "You receive this digest because you chose daily digests for these notifications.",
  myNotifications: "My notifications",
  timesShownIn: (timeZone) => `Times are shown in ${timeZone}.`,
  automated: "This is an automated message from Herald. Replies are not read.",
  fallbackName: "there",
};

const ptBR: DigestCopy = {
  subject: (count, date) =>
    `Seu resumo do Herald de ${date}: ${count} ${count === 1 ? "notificação" : "notificações"}`,
  heading: "Seu resumo diário",
  greeting: (name) => `Olá, ${name},`,
  summary: (count) =>
    count === 1
      ? "Esta é a notificação que você escolheu receber uma vez por dia."
      : `Estas são as ${count} notificações que você escolheu receber uma vez por dia, por categoria.`,
  reason: "Você recebe este resumo porque escolheu resumos diários para estas notificações.",
  myNotifications: "Minhas notificações",
  timesShownIn: (timeZone) => `Horários mostrados em ${timeZone}.`,
  automated: "Esta é uma mensagem automática do Herald. Respostas não são lidas.",
  fallbackName: "colega",
};

const copies: Record<AppLocale, DigestCopy> = { en, "pt-BR": ptBR };

export function digestCopy(locale: AppLocale): DigestCopy {
  return copies[locale];
}
