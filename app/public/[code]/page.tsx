import { notFound } from "next/navigation";
import { PublicBureauView } from "@/components/public/public-bureau-view";
import { isTenantCode } from "@/lib/public/public-code";
import { publicReader } from "@/lib/public/reader";

export const metadata = { title: "公开信息" };

export default async function PublicBureauPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  if (!isTenantCode(code)) notFound();
  const snapshot = await publicReader().bureau(code);
  if (!snapshot) notFound();
  return <PublicBureauView snapshot={snapshot} />;
}
