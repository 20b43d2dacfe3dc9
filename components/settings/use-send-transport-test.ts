"use client";

import { useMutation } from "@tanstack/react-query";
import type { MailTransportName } from "@/generated/prisma/enums";
import { sendTransportTestAction } from "@/lib/mail/actions";

/** "Send test e-mail" for one transport: the server sends it to the signed-in administrator. */
export function useSendTransportTest() {
  return useMutation({
    mutationFn: async (transport: MailTransportName) => {
      const result = await sendTransportTestAction({ transport });
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
  });
}
