import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Links and redirects that keep the current language: use these rather than next/link and next/navigation. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
