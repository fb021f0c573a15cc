// A table's header cells from its column labels, one look for every cell.
export function HeaderCells({ labels, className }: { labels: readonly string[]; className: string }) {
  return labels.map((label) => (
    <th key={label} className={className}>
      {label}
    </th>
  ));
}
