"use client";

import { useMutation } from "@tanstack/react-query";
import type { AppLocale } from "@/lib/i18n/locales";
import { sendTestEmailAction } from "@/lib/templates/actions";
import type { TypeKey } from "@/lib/templates/payloads";

/** "Send test to me": the server validates the payload and queues it, as a test, for the admin. */
export function useSendTest() {
  return useMutation({
    mutationFn: async (input: { typeKey: TypeKey; locale: AppLocale; payload: unknown }) => {
      const result = await sendTestEmailAction(input);
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
  });
}
