// The public pages (/public/<code>…): outside the signed-in (app) group, so no
// session is asked for; they read only published plans (lib/public).
import { PUBLIC_PAGE_WORDS } from "@/lib/vocabulary";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <p className="mx-auto max-w-4xl px-4 py-3 text-sm font-medium text-slate-700">{PUBLIC_PAGE_WORDS.site}</p>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-4 pt-6 pb-12">
        {children}
      </main>
      <footer className="mx-auto max-w-4xl px-4 pb-8 text-sm text-slate-600">{PUBLIC_PAGE_WORDS.notice}</footer>
    </div>
  );
}
