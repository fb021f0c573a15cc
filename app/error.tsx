"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-lg font-semibold">页面出现错误</h1>
      <p className="mt-2 text-sm text-slate-500">请稍后重试；如果问题持续，请联系管理员。</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md border border-slate-300 px-4 py-2 text-sm">
        重试
      </button>
    </main>
  );
}
