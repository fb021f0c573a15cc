// Without Debian's shell or any Chromium, `npm test` downloads Playwright's shell and must
// pass its path on (CHROMIUM_PATH), or the app's PDF routes in the browser specs answer 501.
import { describe, expect, it } from "vitest";
import { headlessShellCandidates } from "@/tests/support/chromium";

const REPORT = `Chrome Headless Shell 159.0.8154.6 (playwright chromium-headless-shell v1255)
  Install location:    /root/.cache/ms-playwright/chromium_headless_shell-1255
  Download url:        https://cdn.playwright.dev/builds/cft/159.0.8154.6/linux64/chrome-headless-shell-linux64.zip

FFmpeg (playwright ffmpeg v1013)
  Install location:    /root/.cache/ms-playwright/ffmpeg-1013
`;

describe("headlessShellCandidates", () => {
  it("reads the shell's install location from the installer's report, not another browser's", () => {
    expect(headlessShellCandidates(REPORT)).toEqual([
      "/root/.cache/ms-playwright/chromium_headless_shell-1255/chrome-headless-shell-linux64/chrome-headless-shell",
      "/root/.cache/ms-playwright/chromium_headless_shell-1255/chrome-headless-shell-linux-arm64/chrome-headless-shell",
      "/root/.cache/ms-playwright/chromium_headless_shell-1255/chrome-linux/headless_shell",
    ]);
  });

  it("finds nothing in a report without the shell", () => {
    expect(headlessShellCandidates(REPORT.split("\n\n")[1]!)).toEqual([]);
    expect(headlessShellCandidates("")).toEqual([]);
  });
});
