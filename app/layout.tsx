import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "EduPlan 教育规划督办平台", template: "%s · EduPlan" },
  description: "教育规划、工作要点与行动方案的任务分解、进度填报与督办平台",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request, which a CSP
  // nonce needs (proxy.ts): a page prerendered at build time would carry
  // scripts without this request's nonce, and the browser would block them.
  await headers();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
