import { drawnMap } from "@/lib/analysis/world-map";
import { worldShapes } from "@/app/_lib/world-shapes";

/**
 * The dashboard map's shapes, projected and rounded once, at build: a static file the browser
 * fetches once and keeps, instead of 110 kB of paths in every dashboard page (twice: HTML and
 * React payload). The same for every cycle and language; the states' colours come with the page.
 */
export const dynamic = "force-static";

export function GET() {
  return Response.json(drawnMap(worldShapes()));
}
