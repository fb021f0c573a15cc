import { ensureProductionBuild } from "@/scripts/build";
await ensureProductionBuild((l) => console.log(l));
console.log("BUILD DONE");
