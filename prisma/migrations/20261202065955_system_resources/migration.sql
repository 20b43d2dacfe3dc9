-- CreateTable
CREATE TABLE "ResourceSample" (
    "id" BIGSERIAL NOT NULL,
    "host" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "cpuPercent" DOUBLE PRECISION NOT NULL,
    "memoryPercent" DOUBLE PRECISION NOT NULL,
    "diskFreePercent" DOUBLE PRECISION NOT NULL,
    "diskFreeBytes" BIGINT NOT NULL,
    "diskTotalBytes" BIGINT NOT NULL,
    "volume" TEXT NOT NULL,

    CONSTRAINT "ResourceSample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThresholdState" (
    "ruleKey" TEXT NOT NULL,
    "since" TIMESTAMPTZ(3),
    "fired" BOOLEAN NOT NULL DEFAULT false,
    "lastAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ThresholdState_pkey" PRIMARY KEY ("ruleKey")
);

-- CreateIndex
CREATE INDEX "ResourceSample_at_idx" ON "ResourceSample"("at");

-- Percentages stay percentages.
ALTER TABLE "ResourceSample" ADD CONSTRAINT "ResourceSample_percent_check" CHECK (
  "cpuPercent" BETWEEN 0 AND 100 AND "memoryPercent" BETWEEN 0 AND 100 AND "diskFreePercent" BETWEEN 0 AND 100
);
