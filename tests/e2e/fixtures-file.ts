import path from "node:path";

export const E2E_FIXTURES_FILE = path.resolve(".tmp/e2e/fixtures.json");
