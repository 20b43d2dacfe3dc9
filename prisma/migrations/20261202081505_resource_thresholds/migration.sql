-- CreateTable
CREATE TABLE "ResourceThresholds" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "cpuHigh" SMALLINT NOT NULL DEFAULT 70,
    "cpuCritical" SMALLINT NOT NULL DEFAULT 90,
    "cpuSustainMinutes" SMALLINT NOT NULL DEFAULT 10,
    "memoryHigh" SMALLINT NOT NULL DEFAULT 70,
    "memoryCritical" SMALLINT NOT NULL DEFAULT 90,
    "memorySustainMinutes" SMALLINT NOT NULL DEFAULT 10,
    "diskLow" SMALLINT NOT NULL DEFAULT 30,
    "diskMedium" SMALLINT NOT NULL DEFAULT 20,
    "diskHigh" SMALLINT NOT NULL DEFAULT 10,
    "hysteresisPoints" SMALLINT NOT NULL DEFAULT 5,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ResourceThresholds_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "ResourceThresholds" ADD CONSTRAINT "ResourceThresholds_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One row: the thresholds are a single setting.
ALTER TABLE "ResourceThresholds" ADD CONSTRAINT "ResourceThresholds_single_row" CHECK ("id" = 1);

-- The same rules as updateThresholdsSchema (lib/system/thresholds/schemas.ts): levels are percents in
-- 1–100, ordered by urgency; a sustained condition lasts at least a minute (at most a day); the
-- hysteresis margin is 1–25 points.
ALTER TABLE "ResourceThresholds" ADD CONSTRAINT "ResourceThresholds_levels" CHECK (
    "cpuHigh" BETWEEN 1 AND 100 AND "cpuCritical" BETWEEN 1 AND 100 AND "cpuHigh" < "cpuCritical"
    AND "memoryHigh" BETWEEN 1 AND 100 AND "memoryCritical" BETWEEN 1 AND 100 AND "memoryHigh" < "memoryCritical"
    AND "diskLow" BETWEEN 1 AND 100 AND "diskMedium" BETWEEN 1 AND 100 AND "diskHigh" BETWEEN 1 AND 100
    AND "diskLow" > "diskMedium" AND "diskMedium" > "diskHigh"
);
ALTER TABLE "ResourceThresholds" ADD CONSTRAINT "ResourceThresholds_durations" CHECK (
    "cpuSustainMinutes" BETWEEN 1 AND 1440 AND "memorySustainMinutes" BETWEEN 1 AND 1440
);
ALTER TABLE "ResourceThresholds" ADD CONSTRAINT "ResourceThresholds_hysteresis" CHECK (
    "hysteresisPoints" BETWEEN 1 AND 25
);
