// The access matrix for the 督办 table (entries/supervision.ts): see expectations.ts.
import { TABLES } from "./expectations";
import { runMatrix } from "./run-matrix";

runMatrix(TABLES.supervision);
