import type { z } from "zod";

/** The schemas of one category, keyed by type key ("certificates.created"). */
export type CategorySchemas<C extends string> = Record<`${C}.${string}`, z.ZodObject>;

/** One valid sample payload per schema (input shape: what an event producer sends). */
export type CategorySamples<S extends Record<string, z.ZodObject>> = { [K in keyof S]: z.input<S[K]> };
