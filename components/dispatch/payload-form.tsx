"use client";

import { Minus, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/select";
import type { FieldNode } from "@/lib/templates/fields";
import {
  emptyFor,
  fromLocalInput,
  getAt,
  pathKey,
  removeAt,
  setAt,
  toLocalInput,
  type Path,
} from "./payload-value";

interface FormProps {
  tree: FieldNode;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Messages of the type's schema by dotted path (the live validation). */
  issues: Map<string, string[]>;
}

/**
 * The payload as a form generated from the type's zod schema (lib/templates/fields): text, numbers,
 * enums as selects, instants, nested objects as fieldsets and lists with add / remove.
 */
export function PayloadForm({ tree, value, onChange, issues }: FormProps) {
  if (tree.type !== "object") return null;
  return (
    <div className="grid gap-4" data-testid="payload-form">
      {tree.fields.map(([key, node]) => (
        <FieldFor
          key={key}
          name={key}
          node={node}
          path={[key]}
          root={value}
          onChange={onChange}
          issues={issues}
        />
      ))}
    </div>
  );
}

interface FieldProps {
  name: string;
  node: FieldNode;
  path: Path;
  root: unknown;
  onChange: (value: unknown) => void;
  issues: Map<string, string[]>;
}

function idOf(path: Path) {
  return `payload-${pathKey(path).replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

function Errors({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <div id={`${id}-error`} aria-live="polite" className="text-xs font-medium text-destructive empty:hidden">
      {messages?.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

function FieldFor({ name, node, path, root, onChange, issues }: FieldProps) {
  const t = useTranslations("dispatch.form");
  const value = getAt(root, path);
  const set = (next: unknown) => onChange(setAt(root, path, next));
  const id = idOf(path);
  const key = pathKey(path);
  const messages = issues.get(key);
  const label = (
    <span className="font-mono text-xs">
      {name}
      {node.optional ? <span className="ml-1 font-sans text-muted-foreground">{t("optional")}</span> : null}
    </span>
  );

  if (node.type === "object") {
    if (value === undefined) {
      return (
        <div className="flex items-center justify-between gap-2 rounded-lg border border-dashed px-3 py-2">
          {label}
          <Button type="button" variant="ghost" size="sm" onClick={() => set(emptyFor(node))}>
            <Plus aria-hidden />
            {t("add", { name })}
          </Button>
        </div>
      );
    }
    return (
      <fieldset className="grid gap-3 rounded-lg border p-3" data-path={key}>
        <legend className="flex items-center gap-2 px-1">
          {label}
          {node.optional ? (
            <Button type="button" variant="ghost" size="sm" onClick={() => set(undefined)}>
              <Minus aria-hidden />
              {t("remove", { name })}
            </Button>
          ) : null}
        </legend>
        {node.fields.map(([childKey, child]) => (
          <FieldFor
            key={childKey}
            name={childKey}
            node={child}
            path={[...path, childKey]}
            root={root}
            onChange={onChange}
            issues={issues}
          />
        ))}
        <Errors id={id} messages={messages} />
      </fieldset>
    );
  }

  if (node.type === "array") {
    const items = Array.isArray(value) ? value : [];
    return (
      <fieldset className="grid gap-3 rounded-lg border p-3" data-path={key}>
        <legend className="px-1">{label}</legend>
        {items.map((_, index) => (
          <div key={index} className="grid gap-2 rounded-md bg-muted/40 p-2">
            <div className="flex items-center justify-between">
              <span className="text-xs text-muted-foreground">{t("item", { number: index + 1 })}</span>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                onClick={() => onChange(removeAt(root, path, index))}
              >
                <Minus aria-hidden />
                {t("removeItem", { number: index + 1 })}
              </Button>
            </div>
            <FieldFor
              name={`${name}[${index}]`}
              node={{ ...node.item, optional: false }}
              path={[...path, index]}
              root={root}
              onChange={onChange}
              issues={issues}
            />
          </div>
        ))}
        <Button
          type="button"
          variant="outline"
          size="sm"
          className="justify-self-start"
          onClick={() => set([...items, structuredClone(items[0]) ?? emptyFor(node.item)])}
        >
          <Plus aria-hidden />
          {t("addItem")}
        </Button>
        <Errors id={id} messages={messages} />
      </fieldset>
    );
  }

  const describedBy = messages?.length ? `${id}-error` : undefined;
  const common = { id, "aria-invalid": messages?.length ? true : undefined, "aria-describedby": describedBy };
  let control: React.ReactNode;
  switch (node.kind) {
    case "enum":
      control = (
        <NativeSelect
          {...common}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => set(event.target.value || undefined)}
        >
          {node.optional || typeof value !== "string" ? (
            <NativeSelectOption value="">{t("none")}</NativeSelectOption>
          ) : null}
          {node.values?.map((option) => (
            <NativeSelectOption key={option} value={option}>
              {option}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      );
      break;
    case "boolean":
      return (
        <div className="flex items-center gap-2">
          <Checkbox
            {...common}
            checked={value === true}
            onCheckedChange={(checked) => set(checked === true)}
          />
          <Label htmlFor={id}>{label}</Label>
          <Errors id={id} messages={messages} />
        </div>
      );
    case "number":
      control = (
        <Input
          {...common}
          type="number"
          step="any"
          inputMode="decimal"
          value={typeof value === "number" ? value : ""}
          onChange={(event) => set(event.target.value === "" ? undefined : Number(event.target.value))}
        />
      );
      break;
    case "datetime":
      control = (
        <Input
          {...common}
          type="datetime-local"
          step={1}
          value={toLocalInput(value)}
          onChange={(event) => set(fromLocalInput(event.target.value))}
        />
      );
      break;
    default:
      control = (
        <Input
          {...common}
          type={node.kind === "url" ? "url" : "text"}
          className={node.code ? "font-mono" : undefined}
          value={typeof value === "string" ? value : ""}
          onChange={(event) =>
            set(event.target.value === "" && node.optional ? undefined : event.target.value)
          }
        />
      );
  }
  return (
    <div className="grid gap-1.5" data-path={key}>
      <Label htmlFor={id}>
        {label}
        {node.kind === "datetime" ? (
          <span className="ml-1 text-xs text-muted-foreground">{t("utc")}</span>
        ) : null}
      </Label>
      {control}
      <Errors id={id} messages={messages} />
    </div>
  );
}
