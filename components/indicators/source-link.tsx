// A counted value's source in words, linked to its report when it has one
// (every counted value is approved, so every bureau role may open it).
import Link from "@/components/ui/link";
import { sourceText } from "@/lib/indicators/source-text";
import type { ValueSource } from "@/lib/indicators/value-source-sql";

export function SourceLink({ source, className = "hover:underline" }: { source: ValueSource; className?: string }) {
  if (!source.slotId) return <>{sourceText(source)}</>;
  return (
    <Link href={`/reports/${source.slotId}`} className={className}>
      {sourceText(source)}
    </Link>
  );
}
