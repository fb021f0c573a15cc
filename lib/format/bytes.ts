// File sizes (attachments) as users read them: one decimal, none when whole (20 MB, 1.5 MB).
const oneDecimal = (n: number) => n.toFixed(1).replace(/\.0$/, "");

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${oneDecimal(bytes / 1024)} KB`;
  return `${oneDecimal(bytes / 1024 / 1024)} MB`;
}
