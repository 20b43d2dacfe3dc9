"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import { getQueryClient } from "@/lib/query/client";

/** `nonce`: this response's CSP nonce, for next-themes' inline theme script. */
export function Providers({ children, nonce }: { children: React.ReactNode; nonce?: string }) {
  const queryClient = getQueryClient();
  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={nonce}
    >
      {/* No app-wide TooltipProvider: each Tooltip brings its own (components/ui/tooltip.tsx), so Radix's
          tooltip and its positioning code load only on pages that show a tooltip. */}
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ThemeProvider>
  );
}
