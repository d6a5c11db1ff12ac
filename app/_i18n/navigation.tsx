import type { ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const navigation = createNavigation(routing);

/** Links and redirects that keep the current language: use these rather than next/link and next/navigation. */
export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's Link, not prefetched unless asked: every page here is rendered per request for its reader (no
 * loading boundary), so a prefetch fetched only the route's outline. The header's links alone made 11 requests
 * to the server after each page view, and their handling was main-thread work in the browser while the page
 * became usable; a click fetches the page as it did.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />;
}
