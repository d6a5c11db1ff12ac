"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Include } from "@/lib/analysis/counting";
import {
  mapStates,
  unpackCycleRows,
  type CycleDataset,
  type MapState,
  type NamedScoreRow,
} from "@/lib/analysis/cycle-dataset";
import { scoreSpread, stripPoints, type RegionSpread, type StripPoint } from "@/lib/analysis/spread";
import type { Dimension } from "@/lib/analysis/types";

interface CycleData {
  rows: NamedScoreRow[];
  tiers: CycleDataset["tiers"];
  regions: Dimension[];
  mapStates: Record<string, MapState>;
  spread: RegionSpread[];
  points: StripPoint[];
}

const CycleDataContext = createContext<CycleData | null>(null);

/**
 * The cycle's scores, sent to the browser once: the map, the spread chart, their tables and the ranking
 * below all read them from here rather than each receiving its own copy of the 193 states.
 * `regions` carry their names in the reader's language.
 */
export function CycleDataProvider({
  dataset,
  include,
  regions,
  children,
}: {
  dataset: CycleDataset;
  include: Include;
  regions: Dimension[];
  children: ReactNode;
}) {
  const value = useMemo(() => {
    const rows = unpackCycleRows(dataset);
    const spread = scoreSpread(rows, regions, include);
    return {
      rows,
      tiers: dataset.tiers,
      regions,
      mapStates: mapStates(rows, include, dataset.tiers),
      spread,
      points: stripPoints(spread),
    };
  }, [dataset, include, regions]);
  return <CycleDataContext.Provider value={value}>{children}</CycleDataContext.Provider>;
}

export function useCycleData(): CycleData {
  const data = useContext(CycleDataContext);
  if (!data) throw new Error("useCycleData outside a CycleDataProvider");
  return data;
}
