// Every in-app link: next/link without prefetching (decision 0048). By default
// next/link prefetches each link as it scrolls into view, and our pages are all
// per user, so each prefetch made the server render the target page to send
// back its route tree alone (283 bytes, 8–15 ms of CPU): opening the dashboard
// cost some 80 such renders. Navigation needs its own request either way.
// A caller may still ask for `prefetch` where a target is worth it.
// eslint-disable-next-line no-restricted-imports -- the one wrapper every other link goes through
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
