"use client";

import { useTranslations } from "next-intl";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import type { MemberCandidate } from "@/lib/groups/queries";
import { cn } from "@/lib/utils";

export interface Picked {
  id: string;
  name: string;
}

interface Props {
  candidates: MemberCandidate[] | undefined;
  loading: boolean;
  failed: boolean;
  picked: Map<string, Picked>;
  onToggle: (user: Picked) => void;
}

/** The picker's search results: a checkbox per active user; current members are shown but locked. */
export function CandidateList({ candidates, loading, failed, picked, onToggle }: Props) {
  const t = useTranslations("groups.picker");
  const tc = useTranslations("common");
  return (
    <div className="relative min-h-24 rounded-md border" aria-busy={loading}>
      {loading ? (
        <Spinner label={tc("loading")} className="absolute top-2 right-2 text-muted-foreground" />
      ) : null}
      {failed ? (
        <p className="p-4 text-sm text-destructive">{t("failed")}</p>
      ) : candidates && candidates.length === 0 ? (
        <p className="p-4 text-sm text-muted-foreground">{t("noResults")}</p>
      ) : (
        <ul className="max-h-72 divide-y overflow-y-auto" aria-label={t("resultsLabel")}>
          {(candidates ?? []).map((user) => {
            const id = `candidate-${user.id}`;
            return (
              <li
                key={user.id}
                className={cn("flex items-center gap-3 px-3 py-2", user.isMember && "opacity-60")}
              >
                <Checkbox
                  id={id}
                  checked={user.isMember || picked.has(user.id)}
                  disabled={user.isMember}
                  onCheckedChange={() => onToggle({ id: user.id, name: user.name })}
                />
                <Label htmlFor={id} className="grid min-w-0 flex-1 cursor-pointer gap-0.5 font-normal">
                  <span className="truncate font-medium">{user.name}</span>
                  <span className="truncate text-xs text-muted-foreground">{user.email}</span>
                </Label>
                {user.isMember ? (
                  <span className="text-xs text-muted-foreground">{t("alreadyMember")}</span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
