-- CreateEnum
CREATE TYPE "ServiceKind" AS ENUM ('WEB', 'WORKER', 'SCHEDULER');

-- CreateTable
CREATE TABLE "ServiceInstance" (
    "id" TEXT NOT NULL,
    "kind" "ServiceKind" NOT NULL,
    "host" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastHeartbeatAt" TIMESTAMPTZ(3) NOT NULL,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "stoppedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ServiceInstance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceControl" (
    "kind" "ServiceKind" NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceControl_pkey" PRIMARY KEY ("kind")
);

-- CreateIndex
CREATE INDEX "ServiceInstance_kind_lastHeartbeatAt_idx" ON "ServiceInstance"("kind", "lastHeartbeatAt");

-- AddForeignKey
ALTER TABLE "ServiceControl" ADD CONSTRAINT "ServiceControl_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Only the workers and the scheduler can be switched off; a web instance always serves.
ALTER TABLE "ServiceControl" ADD CONSTRAINT "ServiceControl_switchable_kind" CHECK ("kind" IN ('WORKER', 'SCHEDULER'));
