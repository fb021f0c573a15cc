// The access matrix for the bulletins (entries/bulletins.ts): see
// expectations.ts. The PDF's Chromium rendering is stubbed, as for the
// briefing: what is judged is the session, permission and tenant checks in front of it.
import { vi } from "vitest";
import { TABLES } from "./expectations";
import { runMatrix } from "./run-matrix";

vi.mock("@/lib/briefing/render-pdf", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/briefing/render-pdf")>()),
  chromiumExecutable: () => "/matrix/stub-chromium",
  renderPdf: async () => Buffer.from("%PDF-1.7\n%%EOF\n"),
}));

runMatrix(TABLES.bulletins);
