"use client";

import { ScoreStripChart } from "@/app/[locale]/analysis/_components/charts/lazy-charts";
import { SpreadTable } from "@/app/[locale]/analysis/_components/tables/spread-table";
import { MapTable } from "../map/map-table";
import { WorldMap } from "../map/world-map";
import { useCycleData } from "./cycle-data";

/** The world map of the cycle's data set. */
export function CycleMap({ cycle }: { cycle: number }) {
  return <WorldMap states={useCycleData().mapStates} cycle={cycle} />;
}

/** The map as a table: the states drawn on it (`offMap`: the few Member States the map has no shape for). */
export function CycleMapTable({ caption, offMap }: { caption: string; offMap: string[] }) {
  const { rows, mapStates } = useCycleData();
  const hidden = new Set(offMap);
  return (
    <MapTable
      caption={caption}
      states={rows.filter((r) => !hidden.has(r.iso3)).map((r) => ({ iso3: r.iso3, ...mapStates[r.iso3]! }))}
    />
  );
}

export function CycleSpreadChart({ title }: { title: string }) {
  const { spread, points } = useCycleData();
  return <ScoreStripChart spread={spread} points={points} title={title} />;
}

export function CycleSpreadTable({ caption }: { caption: string }) {
  return <SpreadTable spread={useCycleData().spread} caption={caption} />;
}
