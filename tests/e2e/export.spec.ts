// A bureau admin downloads all of the bureau's data from the members page:
// the browser's own download, through the production server.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

test("a bureau admin downloads the bureau's data as one zip", async ({ page }) => {
  await signIn(page, "jinfeng.admin");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible({ timeout: 15_000 });
  await page.goto("/admin/members");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载本局全部数据 (.zip)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^金凤区教育局-全部数据-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["说明.txt", "数据总表.xlsx", "json/plans.json", "json/tasks.json"]));
  const plans = JSON.parse(await zip.file("json/plans.json")!.async("string")) as { title: string }[];
  expect(plans.map((p) => p.title)).toContain("金凤区教育局2022年教育工作要点");
});

test("staff see no export and are refused the zip", async ({ page }) => {
  await signIn(page, "jinfeng.staff");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible({ timeout: 15_000 });
  expect((await page.request.get("/api/v1/export/bureau.zip")).status()).toBe(403);
});
