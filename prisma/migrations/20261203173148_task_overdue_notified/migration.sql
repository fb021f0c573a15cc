-- AlterTable
ALTER TABLE "tasks" ADD COLUMN     "overdue_notified_for" DATE;
