import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH_ARGS } from "./lib/browser/chromium-flags";

const port = Number(process.env.E2E_PORT ?? 3210);
// A second `next start` on the same database (tests/e2e/balancer.spec.ts).
const port2 = Number(process.env.E2E_PORT_2 ?? port + 1);
// haproxy in front of both (tests/e2e/balancer.spec.ts).
const portLb = Number(process.env.E2E_PORT_LB ?? port + 2);
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  // Two workers on one server (decision 0039): specs with a bureau of their own run beside
  // each other; specs that write the shared demo world take turns through Playwright's test
  // lock "demo-world" (demo-world-lock.ts), the other worker running a spec without it meanwhile.
  // E2E_WORKERS=1 runs them one after another again (a slow or crowded machine).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 60_000,
  // Two browsers and the server share two cores: a step may wait longer than alone.
  expect: { timeout: 10_000 },
  outputDir: ".tmp/playwright",
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "zh-CN",
    // No trace by default: recording one for every test (screencast and DOM snapshots, kept only
    // on failure) cost the browsers half as much CPU again, and the suite is CPU-bound on two cores
    // (decision 0045). A failure still leaves its screenshot and error context; E2E_TRACE=1 records traces.
    trace: process.env.E2E_TRACE === "1" ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [...CHROMIUM_LAUNCH_ARGS],
    },
  },
  // Playwright queues files project by project, in this order, and a free worker takes the first
  // one it may run. The accessibility sweep comes last: its seven independent role tests fill
  // both workers at the end, while the specs holding the demo-world lock, queued early, keep one
  // worker busy from the start (decision 0039). Run it alone with `--project a11y`.
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: ["**/*.phone.spec.ts", "**/a11y.spec.ts"] },
    // A Pixel 7's viewport, user agent and touch, painted at one device pixel per CSS pixel: layout
    // is the same, and rasterising 2.625² ≈ 6.9× the pixels made the phone specs a fifth slower (decision 0045).
    { name: "phone", use: { ...devices["Pixel 7"], deviceScaleFactor: 1 }, testMatch: "**/*.phone.spec.ts" },
    { name: "a11y", use: { ...devices["Desktop Chrome"] }, testMatch: "**/a11y.spec.ts" },
  ],
  webServer: {
    command: "npx tsx --conditions=react-server tests/e2e/serve.ts",
    url: `http://localhost:${port}/login`,
    // Seeding and, with `--only e2e`, the production build: minutes on a busy 2-core machine.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: { E2E_PORT: String(port), E2E_PORT_2: String(port2), E2E_PORT_LB: String(portLb), PORT: String(port) },
  },
});
