"use client";

import { type AbstractIntlMessages, NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import { useMemo } from "react";

/**
 * Adds a route's namespaces to the messages of the provider above (the shell's). A nested
 * NextIntlClientProvider on its own replaces its parent's messages, so the route would have to send
 * the shell's namespaces ("common" above all) a second time in its payload; merged here, it sends only
 * its own. Locale, time zone, formats and error handling are inherited from the parent.
 */
export function MergeMessages({
  messages,
  children,
}: {
  messages: AbstractIntlMessages;
  children: React.ReactNode;
}) {
  const parent = useMessages();
  const merged = useMemo(() => ({ ...parent, ...messages }), [parent, messages]);
  return (
    <NextIntlClientProvider locale={useLocale()} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
