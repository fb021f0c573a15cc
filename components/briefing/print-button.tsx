"use client";

/** Opens the browser's print dialog (where 另存为 PDF is one of the printers). */
export function PrintButton({ className }: { className?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={className}>
      打印
    </button>
  );
}
