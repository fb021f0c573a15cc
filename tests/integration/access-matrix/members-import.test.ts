// The access matrix for the members import table (entries/members-import.ts): see expectations.ts.
import { beforeAll } from "vitest";
import { prepareMembersTemplate } from "./entries/members-import";
import { TABLES } from "./expectations";
import { runMatrix } from "./run-matrix";

beforeAll(prepareMembersTemplate);
runMatrix(TABLES.membersImport);
