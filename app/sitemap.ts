import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { publicOrigin } from "@/db/env";
import { requestOrigin } from "@/lib/api/origin";
import { LOCALES } from "@/lib/i18n/locales";
import { listPublishedCycles, readPublicCycle } from "@/server/publication";

export const dynamic = "force-dynamic";

/**
 * The public pages for search engines: the country profiles page and every published profile, in each
 * language (each entry names its other languages). Absolute addresses on the configured public URL
 * (BETTER_AUTH_URL), else the request's own origin.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = publicOrigin(requestOrigin(await headers(), "http://localhost/"));
  const cycles = await listPublishedCycles();
  const published = new Set<string>();
  for (const cycle of cycles) for (const s of (await readPublicCycle(cycle)).value.states) published.add(s.iso3);
  const entry = (path: string): MetadataRoute.Sitemap[number] => ({
    url: `${origin}/en${path}`,
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, `${origin}/${l}${path}`])) },
  });
  return [entry("/profiles"), ...[...published].sort().map((iso3) => entry(`/profiles/${iso3}`))];
}
