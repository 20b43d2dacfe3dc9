"use client";

import * as React from "react";

import { cn } from "@/lib/utils";

// Tabs written by hand rather than on Radix's (its roving focus, presence and collection code is ≈ 8 KB
// of compressed JavaScript on each page with tabs): the WAI-ARIA tabs pattern as Radix implements it —
// tablist / tab / tabpanel wired by ids, one tab in the tab order, arrows / Home / End move between
// tabs and a focused tab is selected (automatic activation), an inactive panel stays in the DOM hidden
// and empty. Same parts, props and data attributes (`data-slot`, `data-state`) as before.

interface TabsContextValue {
  baseId: string;
  value: string;
  select: (value: string) => void;
}

const TabsContext = React.createContext<TabsContextValue | null>(null);

function useTabs(part: string) {
  const context = React.useContext(TabsContext);
  if (!context) throw new Error(`<${part}> must be inside <Tabs>`);
  return context;
}

const idOf = (baseId: string, part: "trigger" | "content", value: string) =>
  `${baseId}-${part}-${value.replace(/\s+/g, "-")}`;

function Tabs({
  value: controlled,
  defaultValue = "",
  onValueChange,
  className,
  ...props
}: Omit<React.ComponentProps<"div">, "defaultValue" | "dir"> & {
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
}) {
  const baseId = React.useId();
  const [uncontrolled, setUncontrolled] = React.useState(defaultValue);
  const value = controlled ?? uncontrolled;
  const context = React.useMemo(
    () => ({
      baseId,
      value,
      select: (next: string) => {
        if (next === value) return;
        if (controlled === undefined) setUncontrolled(next);
        onValueChange?.(next);
      },
    }),
    [baseId, value, controlled, onValueChange],
  );
  return (
    <TabsContext value={context}>
      <div
        data-slot="tabs"
        data-orientation="horizontal"
        className={cn("flex flex-col gap-2", className)}
        {...props}
      />
    </TabsContext>
  );
}

function TabsList({ className, onKeyDown, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      role="tablist"
      aria-orientation="horizontal"
      data-slot="tabs-list"
      className={cn(
        "inline-flex h-9 w-fit items-center justify-center rounded-lg bg-muted p-[3px] text-muted-foreground",
        className,
      )}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.defaultPrevented) return;
        const tabs = Array.from(
          event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not([disabled])'),
        );
        const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
        if (at === -1) return;
        const next =
          event.key === "ArrowRight"
            ? tabs[(at + 1) % tabs.length]
            : event.key === "ArrowLeft"
              ? tabs[(at - 1 + tabs.length) % tabs.length]
              : event.key === "Home"
                ? tabs[0]
                : event.key === "End"
                  ? tabs[tabs.length - 1]
                  : undefined;
        if (!next) return;
        event.preventDefault();
        next.focus();
      }}
      {...props}
    />
  );
}

function TabsTrigger({
  value,
  className,
  disabled,
  onClick,
  onFocus,
  ...props
}: React.ComponentProps<"button"> & { value: string }) {
  const { baseId, value: selected, select } = useTabs("TabsTrigger");
  const active = value === selected;
  return (
    <button
      type="button"
      role="tab"
      id={idOf(baseId, "trigger", value)}
      aria-selected={active}
      aria-controls={idOf(baseId, "content", value)}
      tabIndex={active ? 0 : -1}
      disabled={disabled}
      data-state={active ? "active" : "inactive"}
      data-disabled={disabled ? "" : undefined}
      data-slot="tabs-trigger"
      className={cn(
        "inline-flex h-full flex-1 items-center justify-center gap-1.5 rounded-md border border-transparent px-2.5 py-1 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground disabled:pointer-events-none disabled:opacity-50",
        "data-[state=active]:bg-background data-[state=active]:text-foreground data-[state=active]:shadow-sm dark:data-[state=active]:border-input dark:data-[state=active]:bg-card",
        "[&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4",
        className,
      )}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) select(value);
      }}
      onFocus={(event) => {
        onFocus?.(event);
        if (!event.defaultPrevented) select(value);
      }}
      {...props}
    />
  );
}

function TabsContent({
  value,
  className,
  children,
  ...props
}: React.ComponentProps<"div"> & { value: string }) {
  const { baseId, value: selected } = useTabs("TabsContent");
  const active = value === selected;
  return (
    <div
      role="tabpanel"
      id={idOf(baseId, "content", value)}
      aria-labelledby={idOf(baseId, "trigger", value)}
      tabIndex={0}
      hidden={!active}
      data-state={active ? "active" : "inactive"}
      data-slot="tabs-content"
      className={cn("flex-1", className)}
      {...props}
    >
      {active ? children : null}
    </div>
  );
}

export { Tabs, TabsList, TabsTrigger, TabsContent };
