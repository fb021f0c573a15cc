import { notFound } from "next/navigation";
import { PublicPlanView } from "@/components/public/public-plan-view";
import { idOr404 } from "@/lib/http/not-found";
import { isTenantCode } from "@/lib/public/public-code";
import { publicReader } from "@/lib/public/reader";

export const metadata = { title: "公开规划" };

export default async function PublicPlanPage({ params }: { params: Promise<{ code: string; planId: string }> }) {
  const { code, planId } = await params;
  if (!isTenantCode(code)) notFound();
  const snapshot = await publicReader().plan(code, idOr404(planId));
  if (!snapshot) notFound();
  return <PublicPlanView snapshot={snapshot} />;
}
