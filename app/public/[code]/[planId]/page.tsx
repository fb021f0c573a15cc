import { notFound } from "next/navigation";
import { PublicPlanView } from "@/components/public/public-plan-view";
import { idOr404 } from "@/lib/http/not-found";
import { listQuerySchema } from "@/lib/pagination";
import { pageOfSections } from "@/lib/public/page-of-sections";
import { isTenantCode } from "@/lib/public/public-code";
import { publicReader } from "@/lib/public/reader";

export const metadata = { title: "公开规划" };

type Params = Promise<{ code: string; planId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PublicPlanPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { code, planId } = await params;
  if (!isTenantCode(code)) notFound();
  const snapshot = await publicReader().plan(code, idOr404(planId));
  if (!snapshot) notFound();
  const { page } = listQuerySchema.parse(await searchParams);
  return <PublicPlanView snapshot={snapshot} tasks={snapshot.sections && pageOfSections(snapshot.sections, page)} />;
}
