"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="min-h-9 rounded-md border border-slate-300 px-3 text-sm text-slate-700 hover:bg-slate-50"
    >
      退出登录
    </button>
  );
}
