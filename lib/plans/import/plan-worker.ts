// The worker entry of a plan file's reading (read-document.ts starts it
// through lib/files/isolated.ts, which bounds its heap and time): it reads,
// rebuilds and parses the file (read-plan-bytes.ts) and answers once. An
// answer that cannot be sent is answered as our fault, not the file's.
import { parentPort } from "node:worker_threads";
import type { PlanJob } from "./plan-job";
import { failureReply, planJobReply } from "./read-plan-bytes";

parentPort?.once("message", async (job: PlanJob) => {
  const reply = await planJobReply(job);
  try {
    parentPort?.postMessage(reply);
  } catch (err) {
    parentPort?.postMessage(failureReply(err));
  }
});
