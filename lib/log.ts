// The logger every module of lib/ and app/ writes through: JSON lines with level (LOG_LEVEL), service,
// instance, the running request's id, and secrets redacted (lib/observability/logger.ts).
// No "server-only": the worker process imports the dispatch and mail modules that log.
import { env } from "@/lib/env";
import { createLogger } from "@/lib/observability/logger";

export const log = createLogger({ level: env.LOG_LEVEL });
