"use client";

import { Plus } from "lucide-react";
import { lazy, Suspense, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { LazyDialogTrigger } from "@/components/ui/lazy-dialog-trigger";

// The dialog, its form and Radix's dialog load when the button is hovered or focused, or first clicked.
const loadContent = () => import("./create-api-key-dialog-content");
const CreateApiKeyDialogContent = lazy(loadContent);
const preload = () => void loadContent();

/** "Create API key": the form, then the new key shown once until the admin confirms they stored it. */
export function CreateApiKeyDialog() {
  const t = useTranslations("apiKeys");
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const trigger = useRef<HTMLElement | null>(null);
  return (
    <>
      <LazyDialogTrigger
        trigger={
          <Button>
            <Plus aria-hidden />
            {t("create.open")}
          </Button>
        }
        open={open}
        onOpen={() => {
          setUsed(true);
          setOpen(true);
        }}
        preload={preload}
        triggerRef={trigger}
      />
      {used ? (
        <Suspense fallback={null}>
          <CreateApiKeyDialogContent open={open} setOpen={setOpen} returnFocus={trigger} />
        </Suspense>
      ) : null}
    </>
  );
}
