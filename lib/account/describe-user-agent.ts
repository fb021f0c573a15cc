// "Chrome 130 · Windows" from a user agent, for the session and failure lists.
// bowser knows the browsers bureaus use (WeChat's built-in one included).
import Bowser from "bowser";

export function describeUserAgent(userAgent: string): string {
  if (!userAgent) return "未知设备";
  const { browser, os } = Bowser.parse(userAgent);
  const name = browser.name ? `${browser.name}${browser.version ? ` ${browser.version.split(".")[0]}` : ""}` : "";
  return [name, os.name].filter(Boolean).join(" · ") || "未知设备";
}
