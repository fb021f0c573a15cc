// The access matrix for the reviewer's day table (entries/reviewday.ts): see expectations.ts.
import { TABLES } from "./expectations";
import { runMatrix } from "./run-matrix";

runMatrix(TABLES.reviewday);
