// The access matrix for evidence preview (entries/evidence.ts): see expectations.ts.
import { TABLES } from "./expectations";
import { runMatrix } from "./run-matrix";

runMatrix(TABLES.evidence);
