// A choice among the city bureaus (where a city viewer belongs, which city a
// district bureau reports to), labelled by the city's name.

export function CitySelect({
  label,
  name,
  cities,
  defaultValue,
}: {
  label: string;
  name: string;
  cities: { code: string; name: string }[];
  defaultValue?: string;
}) {
  return (
    <label className="block text-sm">
      <span className="mb-1 block font-medium text-slate-700">{label}</span>
      <select name={name} defaultValue={defaultValue} className="block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base sm:text-sm">
        {cities.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
