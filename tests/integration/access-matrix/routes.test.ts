// The access matrix for the route handlers (entries/routes.ts): see
// expectations.ts. The briefing PDF's Chromium rendering is stubbed: what is
// judged is the session, permission and tenant checks in front of it.
import { vi } from "vitest";
import { TABLES } from "./expectations";
import { runMatrix } from "./run-matrix";

vi.mock("@/lib/briefing/render-pdf", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/briefing/render-pdf")>()),
  chromiumExecutable: () => "/matrix/stub-chromium",
  renderPdf: async () => Buffer.from("%PDF-1.7\n%%EOF\n"),
}));

runMatrix(TABLES.routes);
