"use client";

import { useTranslations } from "next-intl";
import type { GroupReach } from "@/lib/subscriptions/group-reach";
import type { Subject } from "@/lib/subscriptions/types";
import { useSubjectSubscriptions, type SubjectData } from "./use-subject-subscriptions";

interface Props {
  subject: Subject;
  initialData: SubjectData;
  throughGroups: GroupReach;
}

/**
 * A user's subscriptions in one line: their own (live, from the matrix's cache, so it follows every
 * switch) and what their groups add. "No subscriptions" alone would hide everything the groups send.
 */
export function SubscriptionReach({ subject, initialData, throughGroups }: Props) {
  const t = useTranslations("subscriptions.subjectPage");
  const { data } = useSubjectSubscriptions(subject, initialData);
  return (
    <p className="text-sm font-medium tabular-nums" data-testid="subscription-reach">
      {t("reach", {
        direct: data.subscriptions.length,
        types: throughGroups.types,
        groups: throughGroups.groups.join(", "),
      })}
    </p>
  );
}
