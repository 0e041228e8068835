/**
 * Interim Dunbar layers until `dunbarLayers` lands: the ego's contacts ranked by tie strength and
 * cut at the nominal cumulative sizes 5, 15, 50 and 150 (Dunbar 1993; Zhou et al. 2005,
 * doi:10.1098/rspb.2004.2970).
 */
import type { DunbarLayer } from "../model.js";
import type { Incidence } from "./incidence.js";

export const DUNBAR_SIZES = [5, 15, 50, 150] as const;

export function interimDunbar(inc: Incidence, strength: Float64Array, ego: number, name: (i: number) => { node: string; label: string }): DunbarLayer[] {
  const best = new Map<number, number>();
  for (let p = inc.offsets[ego]!; p < inc.offsets[ego + 1]!; p++) {
    const v = inc.other[p]!;
    if (v === ego) continue;
    const s = strength[inc.edge[p]!]!;
    if (!(best.get(v)! >= s)) best.set(v, s);
  }
  const ranked = [...best.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const layers: DunbarLayer[] = [];
  let start = 0;
  DUNBAR_SIZES.forEach((size, k) => {
    const members = ranked.slice(start, size).map(([v, s]) => ({ ...name(v), strength: s }));
    start = size;
    layers.push({ layer: k + 1, nominal: size, members });
  });
  return layers;
}
