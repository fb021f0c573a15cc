// The access matrix for the platform table (entries/platform.ts): see expectations.ts.
import { TABLES } from "./expectations";
import { runMatrix } from "./run-matrix";

runMatrix(TABLES.platform);
