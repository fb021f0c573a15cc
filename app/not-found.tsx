import Link from "@/components/ui/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <p className="text-5xl font-semibold text-slate-300">404</p>
      <h1 className="mt-4 text-lg font-semibold">页面不存在或您无权访问</h1>
      <Link href="/" className="mt-6 inline-block text-brand-700 hover:underline">
        返回首页
      </Link>
    </main>
  );
}
