// Turns payload values into display text in the reader's language: dates in their time zone,
// units, enum labels, and composite objects ("person", "device"…) as one short line.
import type { TemplateCopy } from "./copy/types";
import type { FieldNode } from "./fields";
import type { Formatter } from "./format";
import { valueLabel } from "./labels";
import type { DisplayKind } from "./payloads/blocks";

export interface ValueContext {
  copy: TemplateCopy;
  format: Formatter;
}

type Leaf = Extract<FieldNode, { type: "leaf" }>;

/** A scalar as text; `undefined`/`null` (optional fields) become "". */
export function formatLeaf(node: Leaf, value: unknown, path: string, context: ValueContext): string {
  if (value === undefined || value === null) return "";
  const { format, copy } = context;
  switch (node.kind) {
    case "datetime":
      return typeof value === "string" ? format.dateTime(value) : "";
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return "";
      if (node.unit === "percent") return format.percent(value);
      if (node.unit === "seconds") return format.duration(value);
      if (node.unit === "bytes") return format.bytes(value);
      return format.number(value);
    case "enum":
      return valueLabel(copy, path, String(value));
    case "boolean":
      return value === true ? copy.layout.yes : copy.layout.no;
    default:
      return typeof value === "string" ? value : typeof value === "number" ? format.number(value) : "";
  }
}

function field(value: unknown, key: string): string {
  if (value === null || typeof value !== "object") return "";
  const inner = (value as Record<string, unknown>)[key];
  return typeof inner === "string" ? inner : "";
}

/** One line for an object shown as a single fact. */
export function formatComposite(display: DisplayKind, value: unknown, context: ValueContext): string {
  const join = (main: string, extra: string) => (main && extra ? `${main} (${extra})` : main || extra);
  switch (display) {
    case "person":
      return join(field(value, "name"), field(value, "username"));
    case "device":
      return join(field(value, "name"), field(value, "address"));
    case "credential":
      return [field(value, "username"), field(value, "device")].filter(Boolean).join(" @ ");
    case "origin":
      return [field(value, "ip"), field(value, "location")].filter(Boolean).join(" · ");
    case "version": {
      const released = field(value, "releasedAt");
      return join(field(value, "number"), released ? context.format.dateTime(released) : "");
    }
    case "period": {
      const from = field(value, "from");
      const to = field(value, "to");
      return from && to ? context.format.range(from, to) : "";
    }
  }
}

/** Any node that reads as one value: a leaf, a composite, or a list of either. */
export function formatNode(node: FieldNode, value: unknown, path: string, context: ValueContext): string {
  if (value === undefined || value === null) return "";
  if (node.type === "leaf") return formatLeaf(node, value, path, context);
  if (node.type === "object") return node.display ? formatComposite(node.display, value, context) : "";
  if (!Array.isArray(value)) return "";
  const items = value.map((item) => formatNode(node.item, item, path, context)).filter(Boolean);
  return items.length > 0 ? context.format.list(items) : "";
}

/** Whether a node reads as one value (as opposed to a nested object or a table). */
export function isSingleValue(node: FieldNode): boolean {
  if (node.type === "leaf") return true;
  if (node.type === "object") return node.display !== undefined;
  return node.item.type === "leaf" || (node.item.type === "object" && node.item.display !== undefined);
}
