// `npm run worker`: the job worker as its own process (production), against
// APP_DATABASE_URL; set EDUPLAN_JOBS=worker on the web servers.
import { startJobWorker } from "@/lib/jobs/worker";

const url = process.env.APP_DATABASE_URL;
if (!url) {
  console.error("请设置 APP_DATABASE_URL（应用角色的连接串）");
  process.exit(2);
}
const boss = await startJobWorker(url, (line) => console.log(line));
console.log("[jobs] 任务队列已启动，Ctrl-C 停止");
const stop = async () => {
  await boss.stop({ graceful: true, wait: true });
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
