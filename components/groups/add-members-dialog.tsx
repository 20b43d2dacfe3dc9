"use client";

import { UserPlus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog-layout";
import { SearchBox } from "@/components/ui/search-box";
import { TitledDialog } from "@/components/ui/titled-dialog";
import { useErrorText } from "@/lib/i18n/use-error-text";
import type { Picked } from "./candidate-list";
import { useMemberCandidates } from "./use-member-candidates";
import { useAddMembers } from "./use-member-mutations";

// The list (and Radix's checkbox) renders only inside the open dialog: it loads with the dialog.
const CandidateList = lazy(() =>
  import("./candidate-list").then((module) => ({ default: module.CandidateList })),
);

/** "Add members": search active users on the server, pick several, add them in one go. */
export function AddMembersDialog({ groupId }: { groupId: string }) {
  const t = useTranslations("groups.picker");
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [picked, setPicked] = useState<Map<string, Picked>>(new Map());
  const candidates = useMemberCandidates(groupId, q, open);
  const add = useAddMembers(groupId);

  function changeOpen(next: boolean) {
    setOpen(next);
    if (next) return;
    setQ("");
    setPicked(new Map());
    add.reset();
  }

  function toggle(user: Picked) {
    setPicked((current) => {
      const next = new Map(current);
      if (next.has(user.id)) next.delete(user.id);
      else next.set(user.id, user);
      return next;
    });
  }

  return (
    <TitledDialog
      open={open}
      onOpenChange={changeOpen}
      trigger={
        <Button>
          <UserPlus aria-hidden />
          {t("open")}
        </Button>
      }
      title={t("title")}
      description={t("description")}
      className="sm:max-w-xl"
    >
      <SearchBox
        id="member-search"
        label={t("searchLabel")}
        placeholder={t("placeholder")}
        value={q}
        onSearch={setQ}
      />
      {picked.size > 0 ? (
        <ul aria-label={t("selectedLabel")} className="flex flex-wrap gap-1.5">
          {[...picked.values()].map((user) => (
            <li key={user.id}>
              <Badge variant="secondary" className="gap-1 pr-1">
                {user.name}
                <button
                  type="button"
                  onClick={() => toggle(user)}
                  aria-label={t("unselect", { name: user.name })}
                  className="rounded-sm p-0.5 hover:bg-background/60"
                >
                  <X aria-hidden className="size-3" />
                </button>
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <Suspense fallback={null}>
        <CandidateList
          candidates={candidates.data}
          loading={candidates.isFetching}
          failed={candidates.isError}
          picked={picked}
          onToggle={toggle}
        />
      </Suspense>
      <p role="status" aria-live="polite" className="text-sm font-medium text-destructive empty:hidden">
        {add.error ? errorText(add.error.message) : null}
      </p>
      <DialogFooter className="items-center sm:justify-between">
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {t("selected", { count: picked.size })}
        </p>
        <Button
          disabled={picked.size === 0 || add.isPending}
          onClick={() => add.mutate([...picked.keys()], { onSuccess: () => changeOpen(false) })}
          data-testid="add-members-submit"
        >
          {add.isPending ? t("adding") : t("add", { count: picked.size })}
        </Button>
      </DialogFooter>
    </TitledDialog>
  );
}
