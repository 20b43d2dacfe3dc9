// Every notification type's payload: its zod schema and a realistic sample that passes it.
// Pure (no server-only): the preview editor validates in the browser with these same schemas.
import type { z } from "zod";
import { accessControlSamples, accessControlSchemas } from "./access-control";
import { auditTrailSamples, auditTrailSchemas } from "./audit-trail";
import { authenticationSamples, authenticationSchemas } from "./authentication";
import { certificatesSamples, certificatesSchemas } from "./certificates";
import { commandAuditSamples, commandAuditSchemas } from "./command-audit";
import { credentialsSamples, credentialsSchemas } from "./credentials";
import { devicesSamples, devicesSchemas } from "./devices";
import { monitoringSamples, monitoringSchemas } from "./monitoring";
import { passwordBackupSamples, passwordBackupSchemas } from "./password-backup";
import { passwordOperationSamples, passwordOperationSchemas } from "./password-operation";
import { protectedInformationSamples, protectedInformationSchemas } from "./protected-information";
import { remoteSessionSamples, remoteSessionSchemas } from "./remote-session";
import { userBehaviorSamples, userBehaviorSchemas } from "./user-behavior";
import { workstationSamples, workstationSchemas } from "./workstation";

const schemas = {
  ...accessControlSchemas,
  ...auditTrailSchemas,
  ...authenticationSchemas,
  ...certificatesSchemas,
  ...commandAuditSchemas,
  ...credentialsSchemas,
  ...devicesSchemas,
  ...monitoringSchemas,
  ...passwordBackupSchemas,
  ...passwordOperationSchemas,
  ...protectedInformationSchemas,
  ...remoteSessionSchemas,
  ...userBehaviorSchemas,
  ...workstationSchemas,
};

/** The 101 type keys of the catalog (a test checks they match lib/catalog exactly). */
export type TypeKey = keyof typeof schemas;
type Schemas = typeof schemas;

/** The payload of a type once validated. */
export type Payload<K extends TypeKey> = z.output<Schemas[K]>;
/** What an event producer sends for a type. */
export type PayloadInput<K extends TypeKey> = z.input<Schemas[K]>;

export const payloadSchemas: { readonly [K in TypeKey]: Schemas[K] } = schemas;

export const samplePayloads: { readonly [K in TypeKey]: PayloadInput<K> } = {
  ...accessControlSamples,
  ...auditTrailSamples,
  ...authenticationSamples,
  ...certificatesSamples,
  ...commandAuditSamples,
  ...credentialsSamples,
  ...devicesSamples,
  ...monitoringSamples,
  ...passwordBackupSamples,
  ...passwordOperationSamples,
  ...protectedInformationSamples,
  ...remoteSessionSamples,
  ...userBehaviorSamples,
  ...workstationSamples,
};

export const typeKeys = Object.keys(schemas) as TypeKey[];

export function isTypeKey(value: unknown): value is TypeKey {
  return typeof value === "string" && Object.hasOwn(schemas, value);
}

/** The schema of a type as a plain ZodObject (for code that works on any type). */
export function payloadSchema(typeKey: TypeKey): z.ZodObject {
  return payloadSchemas[typeKey];
}
