-- CreateEnum
CREATE TYPE "EventOrigin" AS ENUM ('API', 'UI', 'SYSTEM', 'TEST');

-- CreateEnum
CREATE TYPE "RecipientKind" AS ENUM ('USER', 'CONTACT', 'ADDRESS');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'DELAYED', 'BOUNCED', 'COMPLAINED', 'FAILED', 'SUPPRESSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttemptOutcome" AS ENUM ('SENT', 'RETRY', 'FAILED');

-- CreateEnum
CREATE TYPE "MailTransportName" AS ENUM ('MAILBOX', 'SMTP', 'RESEND');

-- CreateEnum
CREATE TYPE "RenderKind" AS ENUM ('EVENT', 'DIGEST');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "quietEnd" SMALLINT,
ADD COLUMN     "quietStart" SMALLINT;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "quietEnd" SMALLINT,
ADD COLUMN     "quietStart" SMALLINT;

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "typeKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "origin" "EventOrigin" NOT NULL,
    "source" TEXT,
    "dedupKey" TEXT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "extraRecipients" JSONB NOT NULL DEFAULT '[]',
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "duplicateCount" INTEGER NOT NULL DEFAULT 0,
    "lastDuplicateAt" TIMESTAMPTZ(3),
    "apiKeyId" UUID,
    "createdById" UUID,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "typeKey" TEXT NOT NULL,
    "categoryKey" TEXT NOT NULL,
    "recipientKind" "RecipientKind" NOT NULL,
    "userId" UUID,
    "contactId" UUID,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "timeZone" TEXT NOT NULL,
    "mode" "DeliveryMode" NOT NULL,
    "reasons" JSONB NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'QUEUED',
    "availableAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMPTZ(3),
    "leasedBy" TEXT,
    "batchKey" TEXT,
    "attemptCount" INTEGER NOT NULL DEFAULT 0,
    "idempotencyKey" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "renderId" UUID,
    "personal" JSONB,
    "subject" TEXT,
    "transport" "MailTransportName",
    "providerMessageId" TEXT,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "statusChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenderedMessage" (
    "id" UUID NOT NULL,
    "kind" "RenderKind" NOT NULL,
    "eventId" UUID,
    "locale" "Locale" NOT NULL,
    "timeZone" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenderedMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryAttempt" (
    "id" BIGSERIAL NOT NULL,
    "deliveryId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "transport" "MailTransportName" NOT NULL,
    "outcome" "AttemptOutcome" NOT NULL,
    "statusCode" INTEGER,
    "providerMessageId" TEXT,
    "error" TEXT,
    "retryAt" TIMESTAMPTZ(3),
    "workerId" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "DeliveryAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderEvent" (
    "id" TEXT NOT NULL,
    "provider" "MailTransportName" NOT NULL,
    "type" TEXT NOT NULL,
    "providerMessageId" TEXT,
    "deliveryId" UUID,
    "payload" JSONB NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProviderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "apiKeyId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("apiKeyId","key")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "MailSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "primary" "MailTransportName" NOT NULL DEFAULT 'MAILBOX',
    "secondary" "MailTransportName",
    "failoverAfter" INTEGER NOT NULL DEFAULT 3,
    "coolDownSeconds" INTEGER NOT NULL DEFAULT 300,
    "replyTo" TEXT,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MailSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransportHealth" (
    "name" "MailTransportName" NOT NULL,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "coolDownUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "lastSuccessAt" TIMESTAMPTZ(3),
    "lastFailureAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TransportHealth_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "job" TEXT NOT NULL,
    "slot" TIMESTAMPTZ(3) NOT NULL,
    "instance" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "result" JSONB,
    "error" TEXT,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("job","slot")
);

-- CreateIndex
CREATE INDEX "Event_createdAt_id_idx" ON "Event"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Event_typeKey_dedupKey_createdAt_idx" ON "Event"("typeKey", "dedupKey", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_idempotencyKey_key" ON "Delivery"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_messageId_key" ON "Delivery"("messageId");

-- CreateIndex
CREATE INDEX "Delivery_createdAt_id_idx" ON "Delivery"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Delivery_eventId_status_idx" ON "Delivery"("eventId", "status");

-- CreateIndex
CREATE INDEX "Delivery_status_createdAt_idx" ON "Delivery"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Delivery_typeKey_createdAt_idx" ON "Delivery"("typeKey", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Delivery_categoryKey_createdAt_idx" ON "Delivery"("categoryKey", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Delivery_email_createdAt_idx" ON "Delivery"("email", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Delivery_userId_createdAt_idx" ON "Delivery"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Delivery_providerMessageId_idx" ON "Delivery"("providerMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "RenderedMessage_eventId_locale_timeZone_key" ON "RenderedMessage"("eventId", "locale", "timeZone");

-- CreateIndex
CREATE INDEX "DeliveryAttempt_deliveryId_number_idx" ON "DeliveryAttempt"("deliveryId", "number");

-- CreateIndex
CREATE INDEX "DeliveryAttempt_startedAt_idx" ON "DeliveryAttempt"("startedAt" DESC);

-- CreateIndex
CREATE INDEX "ProviderEvent_deliveryId_idx" ON "ProviderEvent"("deliveryId");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_createdAt_idx" ON "IdempotencyRecord"("createdAt");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_typeKey_fkey" FOREIGN KEY ("typeKey") REFERENCES "NotificationType"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_renderId_fkey" FOREIGN KEY ("renderId") REFERENCES "RenderedMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenderedMessage" ADD CONSTRAINT "RenderedMessage_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryAttempt" ADD CONSTRAINT "DeliveryAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderEvent" ADD CONSTRAINT "ProviderEvent_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyRecord" ADD CONSTRAINT "IdempotencyRecord_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailSettings" ADD CONSTRAINT "MailSettings_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Constraints Prisma cannot express --------------------------------------------------------------

-- A delivery names exactly the recipient its kind says; addresses are stored lower-cased.
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_recipient_matches_kind" CHECK (
  ("recipientKind" = 'USER' AND "userId" IS NOT NULL AND "contactId" IS NULL)
  OR ("recipientKind" = 'CONTACT' AND "contactId" IS NOT NULL AND "userId" IS NULL)
  OR ("recipientKind" = 'ADDRESS' AND "userId" IS NULL AND "contactId" IS NULL));
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_email_lowercase" CHECK ("email" = lower("email"));
-- A claimed delivery always has a lease, so a dead worker's rows are found again.
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_sending_has_lease"
  CHECK ("status" <> 'SENDING' OR "leaseUntil" IS NOT NULL);
ALTER TABLE "DeliveryAttempt" ADD CONSTRAINT "DeliveryAttempt_number_positive" CHECK ("number" > 0);

-- The queue: due rows and expired leases are found through small partial indexes, whatever the
-- size of the history.
CREATE INDEX "Delivery_due_idx" ON "Delivery" ("availableAt") WHERE "status" = 'QUEUED';
CREATE INDEX "Delivery_lease_idx" ON "Delivery" ("leaseUntil") WHERE "status" = 'SENDING';

-- Quiet hours: both ends or neither, as minutes after local midnight.
ALTER TABLE "User" ADD CONSTRAINT "User_quiet_hours" CHECK (
  ("quietStart" IS NULL AND "quietEnd" IS NULL)
  OR ("quietStart" BETWEEN 0 AND 1439 AND "quietEnd" BETWEEN 0 AND 1439 AND "quietStart" <> "quietEnd"));
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_quiet_hours" CHECK (
  ("quietStart" IS NULL AND "quietEnd" IS NULL)
  OR ("quietStart" BETWEEN 0 AND 1439 AND "quietEnd" BETWEEN 0 AND 1439 AND "quietStart" <> "quietEnd"));

-- Mail settings are one row; the secondary transport differs from the primary.
ALTER TABLE "MailSettings" ADD CONSTRAINT "MailSettings_single_row" CHECK ("id" = 1);
ALTER TABLE "MailSettings" ADD CONSTRAINT "MailSettings_distinct_transports"
  CHECK ("secondary" IS NULL OR "secondary" <> "primary");
ALTER TABLE "MailSettings" ADD CONSTRAINT "MailSettings_ranges"
  CHECK ("failoverAfter" BETWEEN 1 AND 100 AND "coolDownSeconds" BETWEEN 0 AND 86400);

-- Workers LISTEN on "herald_delivery_queued": any statement that inserts deliveries wakes them once
-- it commits (NOTIFY is delivered only after commit).
CREATE FUNCTION "delivery_queued_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('herald_delivery_queued', '');
  RETURN NULL;
END $$;
CREATE TRIGGER "Delivery_queued_notify" AFTER INSERT ON "Delivery"
  FOR EACH STATEMENT EXECUTE FUNCTION "delivery_queued_notify"();
