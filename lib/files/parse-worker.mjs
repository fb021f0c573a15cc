// The worker side of lib/files/isolated.ts's parseIsolated: runs one parse
// job (parse-job-runners.mjs) on the bytes it is sent and answers with plain
// data. Its heap and time are bounded by the parent.
import { parentPort } from "node:worker_threads";
import { runParseJob } from "./parse-job-runners.mjs";

parentPort.once("message", async ({ job, bytes, limits }) => {
  const { reply, transfer } = await runParseJob(job, bytes, limits);
  parentPort.postMessage(reply, transfer);
});
