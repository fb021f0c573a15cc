-- AlterTable
ALTER TABLE "tasks" ADD COLUMN     "deadline_text" TEXT,
ADD COLUMN     "ongoing" BOOLEAN NOT NULL DEFAULT false;
