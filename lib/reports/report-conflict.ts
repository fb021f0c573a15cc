// A draft saved over someone else's newer save: the refusal carries their
// version, which the report form shows beside the user's own text.
import { ConflictError } from "@/lib/errors";

export interface ReportVersion {
  summary: string;
  progress: number;
  problems: string;
  nextSteps: string;
  version: number;
  status: string;
  updatedAt: string | Date;
}

export class ReportVersionConflict extends ConflictError<ReportVersion> {}
