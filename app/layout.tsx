import type { ReactNode } from "react";

/** The document (html, lang, dir) is drawn by app/[locale]/layout.tsx, which knows the language. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
