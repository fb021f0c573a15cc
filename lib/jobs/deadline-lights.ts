// PLACEHOLDER for helper A's 亮灯 notices (issue 14, point 1): replace this
// file wholesale with A's lib/jobs/deadline-lights.ts. It exists only so the
// jobs:run table (lib/jobs/jobs-by-name.ts) can name the job already.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function notifyDeadlineLights(_client: PrismaClient, _today: Date): Promise<number> {
  return 0;
}
