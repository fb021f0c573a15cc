import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getAuthSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage() {
  if (await getAuthSession()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-sm font-medium tracking-widest text-brand-600">EduPlan</p>
          <h1 className="mt-2 text-2xl font-semibold">教育规划督办平台</h1>
          <p className="mt-2 text-sm text-slate-500">把规划文件变成可跟踪、可督办的工作</p>
        </div>
        <LoginForm />
      </div>
    </main>
  );
}
