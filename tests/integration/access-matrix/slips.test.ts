// The access matrix for 督办单 (entries/slips.ts): see expectations.ts. The
// slips aimed at are made first (this hook is declared before runMatrix's),
// so the matrix's first fingerprint already holds them.
import { beforeAll } from "vitest";
import { prepareSlipFixtures } from "./entries/slips";
import { TABLES } from "./expectations";
import { runMatrix } from "./run-matrix";

beforeAll(prepareSlipFixtures);
runMatrix(TABLES.slips);
