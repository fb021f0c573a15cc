import Link from "@/components/ui/link";
import { PlanImportWizard } from "@/components/plans/import/plan-import-wizard";
import { PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";

export const metadata = { title: "导入规划" };

export default async function PlanImportPage() {
  await requireTenantSession("plans:manage");
  return (
    <>
      <nav className="mb-2 text-sm text-slate-500" aria-label="面包屑">
        <Link href="/plans" className="hover:underline">
          规划
        </Link>
      </nav>
      <PageHeader
        title="导入规划"
        description="上传工作要点、五年规划、行动方案或任务分解表（Word .docx、Excel .xlsx、文字版 PDF 或 .txt，不超过 5 MB），核对解析结果后导入。"
      />
      <PlanImportWizard />
    </>
  );
}
