import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { withThrottledStatus } from "@/lib/auth/throttled-status";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// The credentials callback's throttled refusals answer 429 instead of next-auth's 401.
async function POST(request: Request, context: Context): Promise<Response> {
  return withThrottledStatus(await handler(request, context));
}

export { handler as GET, POST };
