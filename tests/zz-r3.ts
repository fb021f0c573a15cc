import { parsePlanText, parsePlanDocument, textDocument } from "@/lib/plans/parser";
import { readFileSync } from "node:fs";
const cases: Record<string, any> = (await import(process.env.CASES ?? "/tmp/review3/cases.mjs")).default;
const only = process.env.ONLY;
function u(x: any) { return x.units.map((v: any) => `${v.role[0]}:${v.name}`).join(","); }
function show(plan: any) {
  const out: string[] = [];
  out.push(`title=${plan.title} issuer=${plan.issuer} docNo=${plan.documentNumber}`);
  for (const b of plan.planText) out.push(`PT[${b.kind}] ${b.title} :: ${b.text.slice(0,80).replace(/\n/g,"⏎")}`);
  const sec = (s: any, d: number) => {
    const p = "  ".repeat(d);
    out.push(`${p}S ${s.number ?? ""} ${s.title}${s.text ? " text=" + s.text.slice(0,60).replace(/\n/g,"⏎") : ""}${s.leaders.length ? " L=" + s.leaders : ""}${s.units.length ? " U=" + u(s) : ""}`);
    for (const t of s.tasks) {
      out.push(`${p}  T${t.number} ${t.title} | M=${JSON.stringify(t.measures)} | L=${t.leaders.join(",")} | U=${u(t)} | D=${t.deadline}→${t.dueDate}${t.ongoing ? "(ongoing)" : ""}${t.status ? " st=" + t.status : ""} | tg=${t.targets.map((x: any) => x.value + x.unit).join(",")}`);
    }
    for (const c of s.sections) sec(c, d + 1);
  };
  for (const s of plan.sections) sec(s, 0);
  for (const i of plan.indicators) out.push(`I ${i.category ?? "-"} / ${i.name} [${i.unit}] base=${i.baseline?.value}@${i.baseline?.year} tgt=${i.target?.value}@${i.target?.year}`);
  if (plan.targets.length) out.push(`planTargets=${plan.targets.map((x: any) => x.value + x.unit).join(",")}`);
  for (const w of plan.warnings) out.push(`W ${w.line}: ${w.message}`);
  return out.join("\n");
}
for (const [name, c] of Object.entries(cases)) {
  if (only && !name.startsWith(only)) continue;
  let plan;
  if (typeof c === "string") plan = parsePlanText(c);
  else if (c.doc) plan = parsePlanDocument(c.doc);
  else plan = parsePlanDocument(textDocument(c.table));
  console.log(`=== ${name}\n${show(plan)}`);
}
