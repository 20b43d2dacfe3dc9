// For component tests: server-render a tree the way a page would, in one language, so a test reads the
// HTML a reader gets (texts, ids, aria) without a browser.
import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";

/** `node` rendered to HTML as `locale` (times in UTC), with the message namespaces it reads. */
export function renderIntl(node: ReactNode, locale: string, messages: AbstractIntlMessages) {
  return renderToString(
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={messages}>
      {node}
    </NextIntlClientProvider>,
  );
}
