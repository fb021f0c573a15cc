// The access matrix for the units register (entries/units.ts): see expectations.ts.
import { TABLES } from "./expectations";
import { runMatrix } from "./run-matrix";

runMatrix(TABLES.units);
