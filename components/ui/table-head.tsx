// A table's head from its column labels: one row, one look for every cell.
export function TableHead({ labels, className, cellClassName }: { labels: readonly string[]; className: string; cellClassName: string }) {
  return (
    <thead className={className}>
      <tr>
        {labels.map((label) => (
          <th key={label} className={cellClassName}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
