"use client";

import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** The group whose subscriptions the matrix shows: a change there reaches every member at once. */
export interface GroupAudience {
  name: string;
  members: number;
}

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The category's switch: the focus goes back to it. */
  returnFocusRef: React.RefObject<HTMLElement | null>;
  group: GroupAudience;
  category: string;
  /**
   * The types the members lose: the category's, less those the group also subscribes to one by one.
   * Mandatory ones are named: only here can an administrator take them away from people.
   */
  types: { count: number; mandatory: number };
  onConfirm: () => Promise<void>;
}

/**
 * "Unsubscribe <group> from all of <category>?": one switch would otherwise take the category from
 * every member at once, mandatory types included, with no way back but subscribing them again.
 */
export function CategoryOffConfirm({ group, category, types, ...dialog }: Props) {
  const t = useTranslations("subscriptions.matrix.categoryOff");
  return (
    <ConfirmDialog
      {...dialog}
      title={t("title", { group: group.name, category })}
      description={t("description", {
        group: group.name,
        category,
        members: group.members,
        types: types.count,
        mandatory: types.mandatory,
      })}
      confirmLabel={t("confirm")}
      pendingLabel={t("pending")}
      successMessage={t("done", { group: group.name, category })}
      confirmTestId="category-off-confirm"
    />
  );
}
