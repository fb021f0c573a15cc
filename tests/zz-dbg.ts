import { readFileSync } from "node:fs";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { documentText } from "@/lib/plans/parser";
const f = process.argv[2]!;
const r = await readPlanFile(f.split("/").pop()!, new Uint8Array(readFileSync(f)));
console.log(Object.keys(r));
const doc = (r as any).document;
if (doc) console.log(JSON.stringify(doc.blocks.slice(-6), null, 0).slice(0, 3000));
process.exit(0);
