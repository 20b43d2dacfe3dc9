-- CreateTable
CREATE TABLE "Device" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "ports" INTEGER[],
    "failureThreshold" INTEGER NOT NULL DEFAULT 3,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeviceCheck" (
    "id" BIGSERIAL NOT NULL,
    "deviceId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "latencyMs" INTEGER,
    "failedPorts" INTEGER[],
    "error" TEXT,

    CONSTRAINT "DeviceCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeviceState" (
    "deviceId" UUID NOT NULL,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "lost" BOOLEAN NOT NULL DEFAULT false,
    "lostAt" TIMESTAMPTZ(3),
    "lastCheckAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeviceState_pkey" PRIMARY KEY ("deviceId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_name_key" ON "Device"("name");

-- CreateIndex
CREATE INDEX "DeviceCheck_deviceId_at_idx" ON "DeviceCheck"("deviceId", "at");

-- AddForeignKey
ALTER TABLE "DeviceCheck" ADD CONSTRAINT "DeviceCheck_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeviceState" ADD CONSTRAINT "DeviceState_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A device names at least one valid port, and needs at least one failure to be lost.
ALTER TABLE "Device" ADD CONSTRAINT "Device_ports_check" CHECK (
  cardinality(ports) BETWEEN 1 AND 50 AND 1 <= ALL (ports) AND 65535 >= ALL (ports)
);
ALTER TABLE "Device" ADD CONSTRAINT "Device_failureThreshold_check" CHECK ("failureThreshold" >= 1);
