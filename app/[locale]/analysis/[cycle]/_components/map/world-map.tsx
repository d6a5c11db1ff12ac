"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useNearViewport } from "@/app/_components/when-visible";
import { useRouter } from "@/app/_i18n/navigation";
import type { MapState } from "@/lib/analysis/cycle-dataset";
import { MAP_SIZE, type DrawnMap } from "@/lib/analysis/world-map";
import { formatScore } from "@/lib/scoring";
import { tierColour } from "@/app/[locale]/analysis/_components/palette";
import { NO_SCORE_FILL, NOT_MEMBER_FILL, NoScorePattern } from "./map-patterns";

export type { MapState };

/** The shapes, fetched once per page load: a static file (app/world-shapes.json), the same for every cycle. */
let drawnMapRequest: Promise<DrawnMap> | undefined;
function loadDrawnMap(): Promise<DrawnMap> {
  drawnMapRequest ??= fetch("/world-shapes.json").then((r) => {
    if (!r.ok) throw new Error(`GET /world-shapes.json answered ${r.status}`);
    return r.json() as Promise<DrawnMap>;
  });
  drawnMapRequest.catch(() => (drawnMapRequest = undefined));
  return drawnMapRequest;
}

/**
 * Member States coloured by the tier their overall score reaches. Each state is
 * a link in the tab order (alphabetical): hovering or focusing it shows its name
 * and score; a click or Enter opens its results for the cycle. The shapes come
 * from a static file rather than with the page, fetched when the reader comes near the map: the box keeps
 * its size until they arrive.
 */
export function WorldMap({
  states,
  cycle,
  profiles = false,
}: {
  states: Record<string, MapState>;
  cycle: number;
  /** The public map: a state opens its country profile, and an unpublished one is no link. */
  profiles?: boolean;
}) {
  const size = MAP_SIZE;
  const [drawn, setDrawn] = useState<DrawnMap | null>(null);
  // Fetched and drawn when the reader comes near the map: on a phone it is below the first screen.
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  useEffect(() => {
    if (!near) return;
    let current = true;
    loadDrawnMap().then(
      (map) => current && setDrawn(map),
      // Without shapes the map stays blank; the table beside it holds the same figures.
      (error) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, [near]);
  const members = drawn?.members ?? [];
  const others = drawn?.others ?? [];
  const t = useTranslations("analysis.map");
  const statusLabel = useTranslations("common.status");
  const locale = useLocale();
  const router = useRouter();
  const uid = useId().replace(/:/g, "");
  const hatchId = `no-score-${uid}`;
  const tooltipId = `map-tooltip-${uid}`;
  const afterId = `after-map-${uid}`;
  const [active, setActive] = useState<{ iso3: string; x: number; y: number } | null>(null);
  const shapes = members
    .filter((m) => states[m.iso3])
    // The collation is the page's, so that the server and the browser put the states in the same order.
    .sort((a, b) => states[a.iso3]!.name.localeCompare(states[b.iso3]!.name, locale));
  const activeShape = active ? shapes.find((s) => s.iso3 === active.iso3) : undefined;
  const activeState = active ? states[active.iso3] : undefined;
  const open = (iso3: string) => router.push(profiles ? `/profiles/${iso3}` : `/states/${iso3}/${cycle}`);
  const describe = (state: MapState) =>
    state.status === null
      ? t("stateNotPublished", { name: state.name })
      : state.overall === null || !state.tier
        ? t("stateUnscored", { name: state.name, status: statusLabel(state.status).toLocaleLowerCase(locale) })
        : t("stateScored", {
            name: state.name,
            score: formatScore(state.overall, locale),
            level: state.tier.level,
            tier: state.tier.name,
          });

  return (
    <div ref={box} className="relative">
      {/* Every state is a tab stop: keyboard users can jump past all of them at once. */}
      {shapes.length > 0 && (
        <a
          href={`#${afterId}`}
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-20 focus:btn-secondary"
        >
          {t("skip", { count: shapes.length })}
        </a>
      )}
      <svg
        viewBox={`0 0 ${size.width} ${size.height}`}
        className="h-auto w-full"
        role="group"
        aria-label={t("label", { cycle: String(cycle) })}
      >
        <defs>
          <NoScorePattern id={hatchId} />
        </defs>
        <g aria-hidden="true">
          {others.map((d, i) => (
            <path key={i} d={d} fill={NOT_MEMBER_FILL} stroke="#c3ccd5" strokeWidth={0.5} />
          ))}
        </g>
        <g>
          {shapes.map((s) => {
            const state = states[s.iso3]!;
            const fill = state.overall !== null && state.tier ? tierColour(state.tier.level) : NO_SCORE_FILL(hatchId);
            if (state.status === null)
              return (
                <path
                  key={s.iso3}
                  d={s.d}
                  fill={NOT_MEMBER_FILL}
                  stroke="#ffffff"
                  strokeWidth={0.6}
                  aria-hidden="true"
                />
              );
            return (
              <path
                key={s.iso3}
                d={s.d}
                fill={fill}
                stroke="#ffffff"
                strokeWidth={0.6}
                role="link"
                tabIndex={0}
                aria-label={describe(state)}
                aria-describedby={active?.iso3 === s.iso3 ? tooltipId : undefined}
                data-iso3={s.iso3}
                className="cursor-pointer outline-none hover:opacity-85"
                onMouseMove={(e) => {
                  const box = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
                  setActive({
                    iso3: s.iso3,
                    x: ((e.clientX - box.left) / box.width) * size.width,
                    y: ((e.clientY - box.top) / box.height) * size.height,
                  });
                }}
                onMouseLeave={() => setActive((a) => (a?.iso3 === s.iso3 ? null : a))}
                onFocus={() => setActive({ iso3: s.iso3, x: s.anchor[0], y: s.anchor[1] })}
                onBlur={() => setActive((a) => (a?.iso3 === s.iso3 ? null : a))}
                onClick={() => open(s.iso3)}
                onKeyDown={(e: KeyboardEvent<SVGPathElement>) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    open(s.iso3);
                  } else if (e.key === "Escape") setActive(null);
                }}
              />
            );
          })}
        </g>
        {activeShape && (
          // Drawn on top so the focused or hovered state's outline is never hidden by its neighbours.
          <path
            d={activeShape.d}
            fill="none"
            stroke="#0a2a40"
            strokeWidth={2}
            pointerEvents="none"
            aria-hidden="true"
          />
        )}
      </svg>
      <span id={afterId} tabIndex={-1} className="sr-only">
        {t("end")}
      </span>
      {active && activeState && (
        <div
          id={tooltipId}
          role="tooltip"
          className="pointer-events-none absolute z-10 w-max max-w-64 -translate-x-1/2 -translate-y-[calc(100%+10px)] rounded-md border border-line bg-surface px-3 py-2 text-sm shadow-lg"
          style={{
            // Physical left and top: the map is geographic and is not mirrored right to left.
            // Kept off the edges so a tooltip for Alaska or New Zealand stays inside the card.
            left: `${Math.min(88, Math.max(12, (active.x / size.width) * 100))}%`,
            top: `${Math.max(14, (active.y / size.height) * 100)}%`,
          }}
        >
          <p className="font-semibold text-ink">{activeState.name}</p>
          {activeState.overall !== null && activeState.tier ? (
            <p className="text-muted">
              {t.rich("tooltipScored", {
                score: formatScore(activeState.overall, locale),
                level: activeState.tier.level,
                tier: activeState.tier.name,
                strong: (chunks) => <span className="font-semibold text-ink tabular-nums">{chunks}</span>,
              })}
            </p>
          ) : (
            <p className="text-muted">
              {activeState.status === null
                ? t("tooltipNotPublished")
                : t("tooltipUnscored", { status: statusLabel(activeState.status) })}
            </p>
          )}
          <p className="text-xs text-muted">{t(profiles ? "tooltipHintProfile" : "tooltipHint")}</p>
        </div>
      )}
    </div>
  );
}
