"use client";

import { useEffect, useMemo, useState } from "react";
import type { TypeKey } from "@/lib/templates/payloads";
import type { PayloadCheck } from "./payload-validation";

// The validator holds every type's zod schema: it loads on the first edit, not with the page. The
// sample needs none: the samples are canonical already (payload-validation.test.ts holds them to it).
const loadValidation = () => import("./payload-validation");
type Validation = Awaited<ReturnType<typeof loadValidation>>;

/** The sample's check, known without the validator. */
export function sampleCheck(sample: unknown): PayloadCheck {
  return { state: "valid", payload: sample, canonical: JSON.stringify(sample) };
}

/**
 * Checks the editor's text against the type's schema. While the validator loads (after the first
 * edit), the last check stands, as it does while the text is being debounced.
 */
export function usePayloadCheck(
  typeKey: TypeKey,
  text: string,
  sample: { text: string; check: PayloadCheck },
) {
  const [validation, setValidation] = useState<Validation | null>(null);
  const edited = text !== sample.text;
  useEffect(() => {
    if (!edited || validation) return;
    let live = true;
    void loadValidation().then((module) => {
      if (live) setValidation(module);
    });
    return () => {
      live = false;
    };
  }, [edited, validation]);
  const check = useMemo(
    () => (edited && validation ? validation.checkPayload(typeKey, text) : null),
    [edited, validation, typeKey, text],
  );
  const [last, setLast] = useState(sample.check);
  if (check && check !== last) setLast(check);
  if (!edited) return sample.check;
  return check ?? last;
}
