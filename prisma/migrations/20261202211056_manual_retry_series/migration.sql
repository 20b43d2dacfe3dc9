-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "attemptsBeforeRetry" INTEGER NOT NULL DEFAULT 0;
