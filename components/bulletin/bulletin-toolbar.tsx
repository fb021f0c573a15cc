// Above a bulletin, on screen only: where it belongs, which period (or
// quarter) it reports on — a plain GET form, so it works without scripts —
// and 打印 / 下载 Word / 下载 PDF.
import { PdfDownload } from "@/components/ui/pdf-download";
import { PrintButton } from "@/components/briefing/print-button";

const BUTTON = "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-700 hover:bg-slate-50";

export interface PickerOption {
  value: string;
  label: string;
}

export function BulletinToolbar(props: {
  back: React.ReactNode;
  picker: { name: string; label: string; value: string; options: PickerOption[] };
  downloads: { docx: string; pdf?: string };
}) {
  const { back, picker, downloads } = props;
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3 print:hidden">
      {back}
      <form method="get" className="flex items-end gap-2">
        <label className="text-sm text-slate-600">
          {picker.label}
          <select
            name={picker.name}
            defaultValue={picker.value}
            className="ml-2 min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm"
            data-testid="bulletin-picker"
          >
            {picker.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={BUTTON}>
          查看
        </button>
      </form>
      <div className="flex flex-wrap gap-2">
        <PrintButton className={BUTTON} />
        <a href={downloads.docx} className={BUTTON} download>
          下载 Word
        </a>
        {downloads.pdf && <PdfDownload href={downloads.pdf} className={BUTTON} fallbackName="通报.pdf" />}
      </div>
    </div>
  );
}
