// A select's options from a vocabulary (lib/vocabulary): one per value, in its
// display order, showing its Chinese label. Without `values`, the labels' own order.
export function LabelOptions<V extends string>({ labels, values }: { labels: Record<V, string>; values?: readonly V[] }) {
  return (values ?? (Object.keys(labels) as V[])).map((value) => (
    <option key={value} value={value}>
      {labels[value]}
    </option>
  ));
}
