// The units register: the kind migration of existing rows, the school import
// (40 schools, a second run updating, a malformed file writing nothing), and
// units added by hand.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { describe, expect, inject, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { applyMigrations, readMigrationsList } from "@/lib/db/migrations";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import { importPlan } from "@/lib/plans/import/import-plan";
import { parsePlanText } from "@/lib/plans/parser";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/provision";
import { addUnitAction, importSchoolsAction, setUnitKindAction } from "@/lib/units/actions";
import { readSchoolSheet } from "@/lib/units/read-school-sheet";
import { writeUnitsXlsx } from "@/lib/units/write-units-xlsx";
import { ownerDb, signInAs, tenantIdOf, withRawClient } from "@/tests/support/db";

const UNIT_REGISTER = "20261203110403_unit_register";

describe("the kind migration", () => {
  it("moves former 外部单位 rows onto the new kinds by name, what cannot be placed onto 其他, and leaves the others", async () => {
    const adminUrl = inject("adminUrl");
    const name = `eduplan_k_${randomBytes(4).toString("hex")}`;
    await ensureDatabase(adminUrl, name);
    try {
      const url = withDatabase(adminUrl, name);
      const all = (await readMigrationsList()).migrationDirectories.map((d) => d.path);
      await applyMigrations(url, all.slice(0, all.indexOf(UNIT_REGISTER)));
      const rows: [string, string][] = [
        ["县委统战部（民宗局）", "external"],
        ["富兴街道办", "external"],
        ["发改部门", "external"],
        ["团县委", "external"],
        ["家长委员会", "external"],
        ["教研室", "department"],
        ["各中小学校、幼儿园", "group"],
      ];
      await withRawClient(url, async (c) => {
        const tenant = await c.query<{ id: string }>(
          "INSERT INTO tenants (id, code, name, kind) VALUES (gen_random_uuid(), 'old', '旧区教育局', 'bureau') RETURNING id",
        );
        for (const [unit, kind] of rows) {
          await c.query(`INSERT INTO org_units (id, tenant_id, name, kind) VALUES (gen_random_uuid(), $1, $2, $3::"OrgUnitKind")`, [
            tenant.rows[0]!.id,
            unit,
            kind,
          ]);
        }
      });
      expect(await applyMigrations(url)).toContain(UNIT_REGISTER);
      const kinds = await withRawClient(url, (c) => c.query<{ name: string; kind: string }>("SELECT name, kind::text FROM org_units ORDER BY name"));
      expect(Object.fromEntries(kinds.rows.map((r) => [r.name, r.kind]))).toEqual({
        "县委统战部（民宗局）": "county_department",
        富兴街道办: "township",
        发改部门: "county_department",
        团县委: "county_department",
        家长委员会: "other",
        教研室: "department",
        "各中小学校、幼儿园": "group",
      });
    } finally {
      await dropDatabase(adminUrl, name);
    }
  });
});

const STAGES = ["小学", "初中", "九年一贯制", "高中", "幼儿园"];

async function register(rows: (string | null)[][], headers = ["学校名称", "学段", "性质", "所属学区/街道"]): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("学校名单");
  sheet.addRow(["测试区学校名单（2031年）"]);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return new File([bytes], "学校名单.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

function form(file: File): FormData {
  const data = new FormData();
  data.set("file", file);
  return data;
}

const schools = (n: number, district = "第一学区") =>
  Array.from({ length: n }, (_, i) => {
    const stage = STAGES[i % STAGES.length]!;
    return [stage === "幼儿园" ? `登记测试第${i + 1}幼儿园` : `登记测试第${i + 1}学校`, stage, i % 3 === 0 ? "民办" : "公办", district];
  });

describe("the school import", () => {
  it("creates 40 schools with their details, and a second run updates them instead of duplicating", async () => {
    const tenantId = await tenantIdOf("helan");
    await signInAs("helan.admin");
    const first = await importSchoolsAction(null, form(await register(schools(40))));
    expect(first).toMatchObject({ ok: true, data: { created: 40, updated: 0, refused: 0 }, message: "已导入学校名单：新增 40 所，更新 0 所" });
    const stored = await ownerDb().orgUnit.findMany({ where: { tenantId, name: { startsWith: "登记测试" } } });
    expect(stored).toHaveLength(40);
    expect(stored.filter((u) => u.kind === "kindergarten")).toHaveLength(8);
    expect(stored.find((u) => u.name === "登记测试第1学校")).toMatchObject({ kind: "school", stage: "小学", ownership: "民办", district: "第一学区" });

    const again = await importSchoolsAction(null, form(await register(schools(40, "第二学区"))));
    expect(again).toMatchObject({ ok: true, data: { created: 0, updated: 40, refused: 0 } });
    const after = await ownerDb().orgUnit.findMany({ where: { tenantId, name: { startsWith: "登记测试" } } });
    expect(after.map((u) => u.id).sort()).toEqual(stored.map((u) => u.id).sort());
    expect(new Set(after.map((u) => u.district))).toEqual(new Set(["第二学区"]));
  });

  it("exports the register under 单位名称 (it lists 科室 as well as schools), and the export reads back as a school sheet", async () => {
    const tenantId = await tenantIdOf("helan");
    const bytes = await openTenantTransaction(ownerDb(), { tenantId, userId: null }, (tx) => writeUnitsXlsx(tx, tenantId, {}));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe("单位名称");
    const rows = await readSchoolSheet(new Uint8Array(bytes));
    const units = await ownerDb().orgUnit.count({ where: { tenantId } });
    expect(rows.length).toBe(units);
  });

  it("answers each row: blanks, duplicates in the file and names of a unit group are refused, the good rows written", async () => {
    await signInAs("helan.admin");
    const result = await importSchoolsAction(
      null,
      form(
        await register([
          ["逐行测试小学", "小学", "公办", "东区"],
          [null, "小学", "公办", "东区"],
          ["逐行测试 小学", "小学", "公办", "东区"],
          ["各乡镇场", "小学", "", ""],
          ["逐行测试幼儿园", "学前", "公办", ""],
        ]),
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.rows).toEqual([
      { row: 3, name: "逐行测试小学", result: "created" },
      { row: 4, name: "", result: "refused", reason: "学校名称为空" },
      { row: 5, name: "逐行测试 小学", result: "refused", reason: "与第 3 行重复" },
      { row: 6, name: "各乡镇场", result: "refused", reason: "该名称已属于“单位群体”类单位，未改动" },
      { row: 7, name: "逐行测试幼儿园", result: "created" },
    ]);
  });

  it("writes nothing from a file that is not a register", async () => {
    await signInAs("helan.admin");
    const before = await ownerDb().orgUnit.count();
    const auditBefore = await ownerDb().auditEvent.count();
    const notXlsx = new File([Buffer.from("学校名称,学段\n某小学,小学\n")], "schools.xlsx");
    expect(await importSchoolsAction(null, form(notXlsx))).toMatchObject({ ok: false, message: "文件不是 Excel 工作簿（.xlsx）：请上传学校名单" });
    const wrongColumns = await register([["某小学", "小学"]], ["名称", "学段"]);
    expect(await importSchoolsAction(null, form(wrongColumns))).toMatchObject({ ok: false, message: expect.stringContaining("未找到表头") });
    const broken = new File([Buffer.concat([Buffer.from("PK\x03\x04"), randomBytes(400)])], "broken.xlsx");
    expect(await importSchoolsAction(null, form(broken))).toMatchObject({ ok: false });
    expect(await ownerDb().orgUnit.count()).toBe(before);
    expect(await ownerDb().auditEvent.count()).toBe(auditBefore);
  });

  it("is refused to staff", async () => {
    await signInAs("helan.staff");
    expect(await importSchoolsAction(null, form(await register(schools(1))))).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
  });
});

describe("units by hand", () => {
  it("adds a unit with its kind, refuses a name already taken, and sets a kind", async () => {
    const tenantId = await tenantIdOf("helan");
    await signInAs("helan.admin");
    const added = await addUnitAction(null, { name: "手工 添加小学", kind: "school" });
    expect(added).toMatchObject({ ok: true, message: "已添加“手工添加小学”" });
    expect(await addUnitAction(null, { name: "手工添加小学", kind: "school" })).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.stringContaining("已有名为")] },
    });
    expect(await addUnitAction(null, { name: "", kind: "nope" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["请填写单位名称"], kind: ["请选择单位类型"] },
    });
    const unit = await ownerDb().orgUnit.findFirstOrThrow({ where: { tenantId, name: "手工添加小学" } });
    expect(await setUnitKindAction(null, { unitId: unit.id, kind: "township" })).toMatchObject({ ok: true });
    expect((await ownerDb().orgUnit.findUniqueOrThrow({ where: { id: unit.id } })).kind).toBe("township");
    const foreign = await ownerDb().orgUnit.findFirstOrThrow({ where: { tenantId: await tenantIdOf("jinfeng") } });
    expect(await setUnitKindAction(null, { unitId: foreign.id, kind: "other" })).toMatchObject({ ok: false, message: "单位不存在或无权访问" });
    expect((await ownerDb().orgUnit.findUniqueOrThrow({ where: { id: foreign.id } })).kind).not.toBe("other");
  });

  it("a plan import gives new units their kind by name (县委统战部 is no 局内科室)", async () => {
    const tenantId = await tenantIdOf("helan");
    const text = `分类测试县2031年行动方案

一、协同育人

1.家校社协同

工作举措：建立协同机制。

牵头单位：县委统战部

配合单位：金贵镇、立岗镇人民政府、各街道、教育工委、县第九中学、县第三幼儿园、县融媒体中心
`;
    await openTenantTransaction(getPrisma(), { tenantId, userId: null }, (tx) => importPlan(tx, tenantId, parsePlanText(text), { sourceText: text }));
    const units = await ownerDb().orgUnit.findMany({ where: { tenantId } });
    const kindOf = (name: string) => units.find((u) => u.name === name)?.kind;
    expect({
      县委统战部: kindOf("县委统战部"),
      金贵镇: kindOf("金贵镇"),
      立岗镇人民政府: kindOf("立岗镇人民政府"),
      各街道: kindOf("各街道"),
      教育工委: kindOf("教育工委"),
      县第九中学: kindOf("县第九中学"),
      县第三幼儿园: kindOf("县第三幼儿园"),
      县融媒体中心: kindOf("县融媒体中心"),
    }).toEqual({
      县委统战部: "county_department",
      金贵镇: "township",
      立岗镇人民政府: "township",
      各街道: "group",
      教育工委: "party_branch",
      县第九中学: "school",
      县第三幼儿园: "kindergarten",
      县融媒体中心: "county_department",
    });
  });
});
