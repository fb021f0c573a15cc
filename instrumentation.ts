// Next.js start-up hook: the job worker runs inside the web process unless
// EDUPLAN_JOBS says otherwise ("worker": a separate `npm run worker`; "off").
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const mode = process.env.EDUPLAN_JOBS ?? "inline";
  const url = process.env.APP_DATABASE_URL;
  if (mode !== "inline" || !url) return;
  const { startJobWorker } = await import("./lib/jobs/worker");
  await startJobWorker(url, (line) => console.log(line)).catch((err: Error) => console.error(`[jobs] 任务队列未启动：${err.message}`));
}
