// The header's search box: a plain GET form to /search, so it works before
// any script loads (WeChat's browser on a slow network) and the results page
// is a link that can be shared.
export function SearchBox({ className = "" }: { className?: string }) {
  return (
    <form action="/search" method="get" role="search" className={className}>
      <label htmlFor="site-search" className="sr-only">
        搜索规划、任务、单位、人员和填报内容
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        enterKeyHint="search"
        placeholder="搜索任务、单位、人员…"
        className="h-9 w-full rounded-md border border-slate-300 px-3 text-sm"
      />
    </form>
  );
}
