// A city's bulletin (通报): its districts ranked for a calendar quarter
// (?quarter=2025Q3, default the last complete one) — the same content as
// GET /api/v1/city/bulletin.docx.
import Link from "@/components/ui/link";
import { BulletinToolbar } from "@/components/bulletin/bulletin-toolbar";
import { OfficialSheet } from "@/components/bulletin/official-sheet";
import { requireTenantSession } from "@/lib/auth/guards";
import { cityBulletinDocument } from "@/lib/bulletin/city-bulletin-text";
import { getCityBulletin } from "@/lib/bulletin/get-city-bulletin";
import { lastCompleteQuarter, parseQuarter, quarterKey, quarterOf, type Quarter } from "@/lib/bulletin/quarter";
import { todayInChina } from "@/lib/reports/periods";
import { BULLETIN_LABEL, BULLETIN_MESSAGES, quarterLabel } from "@/lib/vocabulary";

export const metadata = { title: BULLETIN_LABEL };

const PICKER_QUARTERS = 8;

/** The current quarter and the seven before it, latest first. */
function recentQuarters(today: Date): Quarter[] {
  const quarters: Quarter[] = [];
  let year = today.getUTCFullYear();
  let q = Math.floor(today.getUTCMonth() / 3) + 1;
  for (let i = 0; i < PICKER_QUARTERS; i++) {
    quarters.push(quarterOf(year, q));
    q -= 1;
    if (q === 0) [year, q] = [year - 1, 4];
  }
  return quarters;
}

export default async function CityBulletinPage({ searchParams }: { searchParams: Promise<{ quarter?: string }> }) {
  const session = await requireTenantSession("children:read");
  const today = todayInChina();
  const asked = (await searchParams).quarter;
  const parsed = asked ? parseQuarter(asked) : null;
  const quarter = parsed ?? lastCompleteQuarter(today);
  const bulletin = await getCityBulletin(session, quarter, today);
  const key = quarterKey(quarter);
  const options = recentQuarters(today);
  if (!options.some((o) => quarterKey(o) === key)) options.push(quarter);
  return (
    <div className="print:text-black print:**:text-black">
      <style>{"@page { size: A4; margin: 20mm 18mm; }"}</style>
      <BulletinToolbar
        back={
          <Link href="/" className="text-sm text-slate-500 hover:underline">
            首页
          </Link>
        }
        picker={{ name: "quarter", label: "季度", value: key, options: options.map((o) => ({ value: quarterKey(o), label: quarterLabel(o.year, o.quarter) })) }}
        downloads={{ docx: `/api/v1/city/bulletin.docx?quarter=${key}` }}
      />
      {asked && !parsed && (
        <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 print:hidden" role="alert" data-testid="bulletin-notice">
          {BULLETIN_MESSAGES.badQuarter}已显示{quarterLabel(quarter.year, quarter.quarter)}。
        </p>
      )}
      <OfficialSheet content={cityBulletinDocument(bulletin)} testId="city-bulletin" />
    </div>
  );
}
