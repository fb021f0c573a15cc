// The worker entry of a plan file's reading (read-document.ts starts it
// through lib/files/isolated.ts, which bounds its heap and time): it reads,
// rebuilds and parses the file (read-plan-bytes.ts) and answers once.
import { parentPort } from "node:worker_threads";
import { readPlanBytes, type PlanJob } from "./read-plan-bytes";

parentPort?.once("message", async (job: PlanJob) => parentPort?.postMessage(await readPlanBytes(job)));
