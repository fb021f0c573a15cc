// A box a wide table scrolls sideways in on a phone. It takes the keyboard
// focus, so a keyboard user can scroll it with the arrow keys (WCAG 2.1.1;
// axe's scrollable-region-focusable), and names itself for screen readers.
export function ScrollRegion({
  label,
  className = "",
  children,
  ...rest
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
  "data-testid"?: string;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`} {...rest}>
      {children}
    </div>
  );
}
