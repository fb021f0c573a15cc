// The access matrix for 最多报一次 (entries/once.ts): see expectations.ts.
import { TABLES } from "./expectations";
import { runMatrix } from "./run-matrix";

runMatrix(TABLES.once);
