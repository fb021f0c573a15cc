// The access matrix for the thread table (entries/thread.ts): see expectations.ts.
import { TABLES } from "./expectations";
import { runMatrix } from "./run-matrix";

runMatrix(TABLES.thread);
