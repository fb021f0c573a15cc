import { beforeAll, describe, expect, it } from "vitest";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import { chooseDefinitionAction, clearMappingAction, confirmMappingAction, setToleranceAction, applySuggestionsAction } from "@/lib/indicators/actions";
import { applySuggestions } from "@/lib/indicators/apply-suggestions";
import { createDefinitionAction, reviseDefinitionAction } from "@/lib/indicators/catalogue-actions";
import { definitionVersionsFor } from "@/lib/indicators/current-version";
import { seedIndicatorCatalogue } from "@/lib/indicators/seed-catalogue";
import { INDICATOR_CATALOGUE } from "@/lib/indicators/starting-catalogue";
import { ownerDb, signInAs, signOut, tenantIdOf } from "@/tests/support/db";

const FORBIDDEN = { ok: false, message: "您没有执行此操作的权限" };

async function definitionId(code: string): Promise<string> {
  return (await ownerDb().indicatorDefinition.findUniqueOrThrow({ where: { code } })).id;
}

async function indicatorNamed(tenant: string, name: string) {
  return ownerDb().indicator.findFirstOrThrow({ where: { tenantId: await tenantIdOf(tenant), name } });
}

/** Puts a tenant's indicators back to the state an import without the catalogue leaves. */
async function resetMappings(tenant: string) {
  await ownerDb().indicator.updateMany({
    where: { tenantId: await tenantIdOf(tenant) },
    data: { definitionId: null, mappingState: "unmapped", tolerance: null },
  });
}

async function applyFor(tenant: string) {
  const tenantId = await tenantIdOf(tenant);
  return openTenantTransaction(ownerDb(), { tenantId, userId: null }, (tx) => applySuggestions(tx, tenantId));
}

beforeAll(async () => {
  await seedIndicatorCatalogue(ownerDb());
});

describe("seeding the catalogue", () => {
  it("is idempotent: a second run creates nothing and keeps an admin's revision", async () => {
    const db = ownerDb();
    const code = "myopia-rate";
    const id = await definitionId(code);
    await db.indicatorDefinitionVersion.updateMany({ where: { definitionId: id, version: 1 }, data: { definition: "已由平台修订的口径" } });
    const again = await seedIndicatorCatalogue(db);
    expect(again).toEqual({ created: 0, existing: INDICATOR_CATALOGUE.length });
    expect(await db.indicatorDefinition.count()).toBe(INDICATOR_CATALOGUE.length);
    expect(await db.indicatorDefinitionVersion.count()).toBe(INDICATOR_CATALOGUE.length);
    expect((await db.indicatorDefinitionVersion.findFirstOrThrow({ where: { definitionId: id } })).definition).toBe("已由平台修订的口径");
    const inclusive = await db.indicatorDefinition.findUniqueOrThrow({ where: { code: "preschool-inclusive-coverage" }, include: { versions: true } });
    expect(inclusive).toMatchObject({ name: "普惠性学前教育覆盖率", unit: "%", direction: "gte", currentVersion: 1 });
    expect(inclusive.synonyms).toEqual(expect.arrayContaining(["普惠率", "普惠性幼儿园覆盖率", "普惠性学前教育覆盖率"]));
    expect(inclusive.versions.map((v) => [v.version, v.effectiveFrom.toISOString().slice(0, 10)])).toEqual([[1, "2020-01-01"]]);
    expect((await db.indicatorDefinition.findUniqueOrThrow({ where: { code } })).direction).toBe("lte");
  });
});

describe("suggestions", () => {
  it("suggest a definition for unmapped indicators and leave confirmed and unrelated ones alone", async () => {
    await resetMappings("xingqing");
    const table = await indicatorNamed("xingqing", "普惠性学前教育覆盖率");
    const gross = await indicatorNamed("xingqing", "学前三年毛入园率");
    // A person decided this one differently; suggestions must not undo it.
    const myopia = await definitionId("myopia-rate");
    await ownerDb().indicator.update({ where: { id: gross.id }, data: { definitionId: myopia, mappingState: "confirmed" } });

    const result = await applyFor("xingqing");
    expect(result.suggested).toBeGreaterThanOrEqual(8);

    const after = await ownerDb().indicator.findUniqueOrThrow({ where: { id: table.id }, include: { definition: true } });
    expect([after.mappingState, after.definition?.code]).toEqual(["suggested", "preschool-inclusive-coverage"]);
    const text = await ownerDb().indicator.findFirstOrThrow({
      where: { tenantId: table.tenantId, name: "学前教育普惠率达到86%" },
      include: { definition: true },
    });
    expect([text.mappingState, text.definition?.code]).toEqual(["suggested", "preschool-inclusive-coverage"]);
    expect(await ownerDb().indicator.findUniqueOrThrow({ where: { id: gross.id } })).toMatchObject({ definitionId: myopia, mappingState: "confirmed" });
    const unrelated = await ownerDb().indicator.findFirstOrThrow({ where: { tenantId: table.tenantId, name: { startsWith: "完成20所幼儿园新建工作" } } });
    expect([unrelated.mappingState, unrelated.definitionId]).toEqual(["unmapped", null]);

    // Running it again finds nothing new to do.
    expect((await applyFor("xingqing")).suggested).toBe(0);
  });

  it("a bureau admin can ask for suggestions again; other roles cannot", async () => {
    await resetMappings("huiji");
    await signInAs("huiji.staff");
    expect(await applySuggestionsAction(null, {})).toMatchObject(FORBIDDEN);
    await signInAs("huiji.admin");
    expect(await applySuggestionsAction(null, {})).toMatchObject({ ok: true, data: { suggested: 1 } });
    const huiji = await indicatorNamed("huiji", "保持学前教育普惠率在90%以上");
    expect(huiji.mappingState).toBe("suggested");
    expect(huiji.definitionId).toBe(await definitionId("preschool-inclusive-coverage"));
  });
});

describe("mapping by a bureau admin", () => {
  it("confirms a suggestion, chooses another definition, clears, and sets tolerance; each is audited", async () => {
    await resetMappings("jinfeng");
    await applyFor("jinfeng");
    const disabled = await indicatorNamed("jinfeng", "确保残疾儿童入学率达95%以上");
    expect(disabled.mappingState).toBe("suggested");
    const disabledDef = await definitionId("disabled-children-enrollment");
    expect(disabled.definitionId).toBe(disabledDef);

    await signInAs("jinfeng.admin");
    expect(await confirmMappingAction(null, { indicatorId: disabled.id })).toMatchObject({ ok: true, message: "已确认口径" });
    // A double click confirms once.
    expect(await confirmMappingAction(null, { indicatorId: disabled.id })).toMatchObject({ ok: true });
    expect(await ownerDb().indicator.findUniqueOrThrow({ where: { id: disabled.id } })).toMatchObject({ mappingState: "confirmed", definitionId: disabledDef });

    const rate = await indicatorNamed("jinfeng", "全年实现参训率100%");
    expect(rate.mappingState).toBe("unmapped");
    expect(await confirmMappingAction(null, { indicatorId: rate.id })).toMatchObject({ ok: false, message: "该指标还没有建议的口径，请从口径库中选择" });
    const retention = await definitionId("compulsory-retention");
    expect(await chooseDefinitionAction(null, { indicatorId: rate.id, definitionId: retention })).toMatchObject({ ok: true });
    expect(await ownerDb().indicator.findUniqueOrThrow({ where: { id: rate.id } })).toMatchObject({ mappingState: "confirmed", definitionId: retention });

    // A count in 个 cannot report under a rate in %; a made-up definition id is missing.
    const count = await ownerDb().indicator.findFirstOrThrow({ where: { tenantId: rate.tenantId, unit: "个" } });
    const refused = await chooseDefinitionAction(null, { indicatorId: count.id, definitionId: retention });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { definitionId: ["单位不一致"] } });
    expect(await chooseDefinitionAction(null, { indicatorId: rate.id, definitionId: "00000000-0000-7000-8000-000000000000" })).toMatchObject({
      ok: false,
      message: "口径不存在",
    });

    expect(await clearMappingAction(null, { indicatorId: rate.id })).toMatchObject({ ok: true, message: "已取消对应" });
    expect(await ownerDb().indicator.findUniqueOrThrow({ where: { id: rate.id } })).toMatchObject({ mappingState: "unmapped", definitionId: null });

    expect(await setToleranceAction(null, { indicatorId: disabled.id, tolerance: "-1" })).toMatchObject({
      ok: false,
      fieldErrors: { tolerance: ["容差不能为负数"] },
    });
    expect(await setToleranceAction(null, { indicatorId: disabled.id, tolerance: "两个点" })).toMatchObject({
      ok: false,
      fieldErrors: { tolerance: ["请输入数字"] },
    });
    expect(await setToleranceAction(null, { indicatorId: disabled.id, tolerance: "２．５" })).toMatchObject({ ok: true, message: "已保存容差" });
    expect((await ownerDb().indicator.findUniqueOrThrow({ where: { id: disabled.id } })).tolerance?.toString()).toBe("2.5");
    expect(await setToleranceAction(null, { indicatorId: disabled.id, tolerance: "" })).toMatchObject({ ok: true, message: "已清除容差，将使用默认值" });
    expect((await ownerDb().indicator.findUniqueOrThrow({ where: { id: disabled.id } })).tolerance).toBeNull();

    const audit = await ownerDb().auditEvent.findMany({
      where: { tenantId: rate.tenantId, action: { startsWith: "indicator." } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "indicator.mapping.confirm",
      "indicator.mapping.choose",
      "indicator.mapping.clear",
      "indicator.tolerance.set",
      "indicator.tolerance.set",
    ]);
    expect(audit[1]!.after).toMatchObject({ definitionCode: "compulsory-retention", mappingState: "confirmed" });
  });

  it("is refused for staff, reporters and the city viewer, and another tenant's indicator is not found; nothing changes", async () => {
    await resetMappings("jinfeng");
    await applyFor("jinfeng");
    const target = await indicatorNamed("jinfeng", "确保残疾儿童入学率达95%以上");
    const other = await definitionId("myopia-rate");
    const auditBefore = await ownerDb().auditEvent.count({ where: { entityId: target.id } });
    const attempts = [
      () => confirmMappingAction(null, { indicatorId: target.id }),
      () => chooseDefinitionAction(null, { indicatorId: target.id, definitionId: other }),
      () => clearMappingAction(null, { indicatorId: target.id }),
      () => setToleranceAction(null, { indicatorId: target.id, tolerance: "1" }),
    ];
    for (const username of ["jinfeng.staff", "jinfeng.reporter", "jinfeng.leader", "yinchuan.viewer"]) {
      await signInAs(username);
      for (const attempt of attempts) expect(await attempt(), username).toMatchObject(FORBIDDEN);
    }
    await signInAs("xingqing.admin");
    for (const attempt of attempts) expect(await attempt()).toMatchObject({ ok: false, message: "指标不存在或无权访问" });
    signOut();
    expect(await confirmMappingAction(null, { indicatorId: target.id })).toMatchObject({ ok: false, message: "登录已失效，请重新登录" });

    const after = await ownerDb().indicator.findUniqueOrThrow({ where: { id: target.id } });
    expect([after.mappingState, after.definitionId, after.tolerance]).toEqual([target.mappingState, target.definitionId, null]);
    expect(await ownerDb().auditEvent.count({ where: { entityId: target.id } })).toBe(auditBefore);
  });
});

describe("definition versions", () => {
  it("a platform admin's revision adds version n+1, keeps the old row and moves currentVersion; actuals follow confirmed mappings only", async () => {
    const db = ownerDb();
    const id = await definitionId("high-school-gross-enrollment");
    const v1 = await db.indicatorDefinitionVersion.findFirstOrThrow({ where: { definitionId: id, version: 1 } });

    await resetMappings("xingqing");
    await applyFor("xingqing");
    const indicator = await indicatorNamed("xingqing", "高中阶段教育毛入学率");
    const xingqing = indicator.tenantId;
    const versionOf = () =>
      openTenantTransaction(
        db,
        { tenantId: xingqing, userId: null },
        async (tx) => (await definitionVersionsFor(tx, [indicator.id])).get(indicator.id) ?? null,
      );
    expect(await versionOf()).toBeNull(); // only suggested so far
    await signInAs("xingqing.admin");
    expect(await confirmMappingAction(null, { indicatorId: indicator.id })).toMatchObject({ ok: true });
    expect(await versionOf()).toBe(1);

    await signInAs("platform.admin");
    const text = "高中阶段在校生数（含技工学校）占15—17周岁常住人口数的百分比。";
    expect(
      await reviseDefinitionAction(null, { definitionId: id, expectedVersion: "1", definition: text, unit: "%", effectiveFrom: "2024-09-01" }),
    ).toMatchObject({
      ok: true,
      data: { version: 2 },
      message: "已发布第 2 版口径",
    });
    const versions = await db.indicatorDefinitionVersion.findMany({ where: { definitionId: id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.definition, v.effectiveFrom.toISOString().slice(0, 10)])).toEqual([
      [1, v1.definition, "2020-01-01"],
      [2, text, "2024-09-01"],
    ]);
    expect(versions[0]!.createdAt).toEqual(v1.createdAt);
    expect((await db.indicatorDefinition.findUniqueOrThrow({ where: { id } })).currentVersion).toBe(2);
    expect(await versionOf()).toBe(2);

    // Based on the version the editor saw (1): refused, with the current one.
    expect(
      await reviseDefinitionAction(null, { definitionId: id, expectedVersion: 1, definition: "另一种说法", unit: "%", effectiveFrom: "2025-01-01" }),
    ).toMatchObject({
      ok: false,
      conflict: { currentVersion: 2 },
    });
    expect(
      await reviseDefinitionAction(null, { definitionId: id, expectedVersion: 2, definition: "更早的说法", unit: "%", effectiveFrom: "2023-01-01" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { effectiveFrom: ["生效日期不能早于第 2 版的生效日期（2024-09-01）"] },
    });
    expect(
      await reviseDefinitionAction(null, { definitionId: id, expectedVersion: 2, definition: text, unit: "%", effectiveFrom: "2025-01-01" }),
    ).toMatchObject({
      ok: false,
      message: "口径说明和单位都没有改变，无需新建版本",
    });
    expect(await db.indicatorDefinitionVersion.count({ where: { definitionId: id } })).toBe(2);
  });

  it("a platform admin creates a definition with version 1; a duplicate code or bad input is refused", async () => {
    await signInAs("platform.admin");
    const input = {
      code: "school-condition-compliance",
      name: "办学条件达标学校比例",
      synonyms: "学校办学条件达标率、办学条件达标学校比例",
      unit: "%",
      direction: "gte",
      definition: "办学条件达到自治区标准的学校数占学校总数的百分比。",
      effectiveFrom: "2021-01-01",
    };
    expect(await createDefinitionAction(null, input)).toMatchObject({ ok: true, data: { code: input.code, version: 1 } });
    const created = await ownerDb().indicatorDefinition.findUniqueOrThrow({ where: { code: input.code }, include: { versions: true } });
    expect(created).toMatchObject({ currentVersion: 1, synonyms: ["学校办学条件达标率"], unit: "%" });
    expect(created.versions.map((v) => v.version)).toEqual([1]);
    expect(await createDefinitionAction(null, input)).toMatchObject({ ok: false, fieldErrors: { code: ["该代码已被使用"] } });
    expect(await createDefinitionAction(null, { ...input, code: "Bad Code", direction: "eq", definition: " " })).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.any(String)], direction: ["请选择指标方向"], definition: ["请填写口径说明"] },
    });
  });

  it("a bureau admin, a city viewer or a signed-out caller cannot create definitions or versions", async () => {
    const id = await definitionId("myopia-rate");
    const before = await ownerDb().indicatorDefinition.findUniqueOrThrow({ where: { id } });
    const definitions = await ownerDb().indicatorDefinition.count();
    const revision = { definitionId: id, expectedVersion: before.currentVersion, definition: "局里自己的口径", unit: "%", effectiveFrom: "2030-01-01" };
    const creation = { code: "bureau-own", name: "局自定指标", synonyms: "", unit: "%", direction: "gte", definition: "……", effectiveFrom: "2030-01-01" };
    for (const username of ["jinfeng.admin", "yinchuan.viewer"]) {
      await signInAs(username);
      expect(await reviseDefinitionAction(null, revision)).toMatchObject(FORBIDDEN);
      expect(await createDefinitionAction(null, creation)).toMatchObject(FORBIDDEN);
    }
    signOut();
    expect(await reviseDefinitionAction(null, revision)).toMatchObject({ ok: false, message: "登录已失效，请重新登录" });
    expect((await ownerDb().indicatorDefinition.findUniqueOrThrow({ where: { id } })).currentVersion).toBe(before.currentVersion);
    expect(await ownerDb().indicatorDefinitionVersion.count({ where: { definitionId: id } })).toBe(before.currentVersion);
    expect(await ownerDb().indicatorDefinition.count()).toBe(definitions);
  });
});
