// The header's search box: a plain GET form to /search, so it works before
// any script loads (WeChat's browser on a slow network) and the results page
// is a link that can be shared.
export function SearchBox({ className = "", id = "site-search", defaultValue }: { className?: string; id?: string; defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className={className}>
      <label htmlFor={id} className="sr-only">
        搜索规划、任务、单位、人员和填报内容
      </label>
      <input
        id={id}
        name="q"
        type="search"
        enterKeyHint="search"
        defaultValue={defaultValue}
        placeholder="搜索任务、单位、人员…"
        className="h-9 w-full rounded-md border border-slate-300 px-3 text-sm"
      />
    </form>
  );
}
