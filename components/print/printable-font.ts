// The fonts a printed page is set in (app/globals.css, @media print), imported
// by every page the server prints to PDF (简报, 通报, 督办单). The server's
// Chromium has only its machine's fonts, and a server image rarely has a
// Chinese one: every character then printed as an empty box. Split by
// unicode-range, a page fetches only the parts holding its characters, and
// only when printed: on screen no rule uses these families. Decision 0057.
import "@fontsource-variable/noto-sans-sc";
import "@fontsource-variable/noto-serif-sc";
