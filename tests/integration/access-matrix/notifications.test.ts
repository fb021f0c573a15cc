// The access matrix for /admin/notifications (entries/notifications.ts): see
// expectations.ts. 发送测试 posts to a loopback receiver the world's robot
// fixture points at (MATRIX_ROBOT_URL), answering as a robot that accepted.
import { afterAll } from "vitest";
import { startRobotReceiver } from "@/tests/support/robot-receiver";
import { TABLES } from "./expectations";
import { runMatrix } from "./run-matrix";

const receiver = await startRobotReceiver(() => ({ status: 200, json: { errcode: 0, errmsg: "ok" } }));
process.env.MATRIX_ROBOT_URL = `${receiver.base}/cgi-bin/webhook/send?key=matrix`;
afterAll(() => receiver.close());

runMatrix(TABLES.notifications);
