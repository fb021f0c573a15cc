// The app's mark, drawn like app/icon.svg (the favicon): a plan's lines and a tick.
export function BrandMark({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <rect width="32" height="32" rx="7" fill="#1e40af" />
      <path d="M9 9h14M9 16h9M9 23h6" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
      <path d="m18 22 3 3 5-7" fill="none" stroke="#fde047" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
