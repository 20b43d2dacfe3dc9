import type { Metadata } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { Providers } from "@/components/providers";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { NONCE_HEADER } from "@/lib/security/csp";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Herald", template: "%s · Herald" },
  description: "Notification center for privileged access management",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  // Set by proxy.ts for the Content-Security-Policy; reading it also keeps every page dynamic, as
  // a per-response nonce requires.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang={locale} className={`${GeistSans.variable} ${GeistMono.variable}`} suppressHydrationWarning>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        {/* Only the shell's namespaces (navigation, user menu, palette, sign-in, common): each route
            segment's layout adds its own (components/i18n/client-messages.tsx). */}
        <NextIntlClientProvider
          messages={pickMessages(await getMessages(), ["auth", "common", "nav", "palette"])}
        >
          <Providers nonce={nonce}>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
