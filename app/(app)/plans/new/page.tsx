import Link from "@/components/ui/link";
import { PlanForm } from "@/components/plans/editing/plan-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";

export const metadata = { title: "新建规划" };

export default async function NewPlanPage() {
  await requireTenantSession("plans:manage");
  return (
    <>
      <PageHeader title="新建规划" description="手工录入一份规划；创建后即可添加部分、任务和指标。" back={{ href: "/plans", label: "返回规划列表" }} />
      <div className="max-w-xl space-y-3">
        <Card>
          <PlanForm />
        </Card>
        <p className="text-sm text-slate-500">
          已有规划文件？可以
          <Link href="/plans/import" className="text-brand-700 underline">
            从文件导入
          </Link>
          。
        </p>
      </div>
    </>
  );
}
