// next-auth answers every refused credentials sign-in with 401 and the
// authorize() message in the error URL. A throttled attempt is not a wrong
// password: it gets 429, so clients and monitoring can tell the two apart.
import { SIGN_IN_MESSAGES } from "./messages";

export async function withThrottledStatus(response: Response): Promise<Response> {
  if (response.status !== 401 || !response.headers.get("content-type")?.includes("application/json")) return response;
  const body = await response.text();
  let error: string | null = null;
  try {
    const url = (JSON.parse(body) as { url?: unknown }).url;
    error = typeof url === "string" ? new URL(url).searchParams.get("error") : null;
  } catch {
    // Not next-auth's JSON: leave the answer as it was.
  }
  return new Response(body, { status: error === SIGN_IN_MESSAGES.throttled ? 429 : response.status, headers: response.headers });
}
