/**
 * Interim connectors and node roles until `classifyConnectors` and `nodeRoles` land.
 * Mega connector: degree in the top 10% and most ties weak. Power connector: strong ties into at
 * least two communities and at least the median number of strong ties. Roles follow Guimerà &
 * Amaral 2005 (doi:10.1038/nature03288): within-module degree z-score and participation
 * coefficient P = 1 − Σ_s (k_is / k_i)², cut at z = 2.5 and P = 0.05/0.62/0.80 (non-hubs),
 * 0.30/0.75 (hubs).
 */
import type { ConnectorKind } from "../model.js";
import { quantile, type Incidence } from "./incidence.js";

export interface InterimConnectors {
  kind: ConnectorKind[];
  strongTies: Float64Array;
  weakShare: Float64Array;
  communitiesReached: Float64Array;
}

export function interimConnectors(inc: Incidence, weak: Uint8Array, membership: Int32Array, count: number): InterimConnectors {
  const n = inc.offsets.length - 1;
  const strongTies = new Float64Array(n);
  const weakShare = new Float64Array(n);
  const reached = new Float64Array(n);
  const degree = new Float64Array(n);
  const seen = new Int32Array(Math.max(1, count)).fill(-1);
  for (let i = 0; i < n; i++) {
    let strong = 0;
    let weakCount = 0;
    let distinct = 0;
    for (let p = inc.offsets[i]!; p < inc.offsets[i + 1]!; p++) {
      if (weak[inc.edge[p]!]) weakCount++;
      else {
        strong++;
        const c = membership[inc.other[p]!]!;
        if (seen[c] !== i) {
          seen[c] = i;
          distinct++;
        }
      }
    }
    const d = strong + weakCount;
    degree[i] = d;
    strongTies[i] = strong;
    weakShare[i] = d > 0 ? weakCount / d : 0;
    reached[i] = distinct;
  }
  const megaDegree = Math.max(2, quantile(degree, 0.9));
  const medianStrong = Math.max(1, quantile(strongTies, 0.5));
  const kind: ConnectorKind[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const mega = degree[i]! >= megaDegree && weakShare[i]! > 0.5;
    const power = reached[i]! >= 2 && strongTies[i]! >= medianStrong;
    kind[i] = mega && power ? "both" : mega ? "mega" : power ? "power" : "neither";
  }
  return { kind, strongTies, weakShare, communitiesReached: reached };
}

export function interimRoles(inc: Incidence, membership: Int32Array, count: number): { role: string[]; withinZ: Float64Array; participation: Float64Array } {
  const n = inc.offsets.length - 1;
  const within = new Float64Array(n);
  const participation = new Float64Array(n);
  const perCommunity = new Float64Array(Math.max(1, count));
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = inc.offsets[i + 1]! - inc.offsets[i]!;
    for (let p = inc.offsets[i]!; p < inc.offsets[i + 1]!; p++) {
      const c = membership[inc.other[p]!]!;
      if (perCommunity[c] === 0) touched.push(c);
      perCommunity[c]!++;
    }
    let sum = 0;
    for (const c of touched) {
      sum += (perCommunity[c]! / k) ** 2;
      perCommunity[c] = 0;
    }
    touched.length = 0;
    participation[i] = k > 0 ? 1 - sum : 0;
    let inside = 0;
    for (let p = inc.offsets[i]!; p < inc.offsets[i + 1]!; p++) if (membership[inc.other[p]!] === membership[i]) inside++;
    within[i] = inside;
  }
  const mean = new Float64Array(Math.max(1, count));
  const sq = new Float64Array(Math.max(1, count));
  const size = new Float64Array(Math.max(1, count));
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    mean[c]! += within[i]!;
    sq[c]! += within[i]! ** 2;
    size[c]!++;
  }
  const withinZ = new Float64Array(n);
  const role: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    const mu = mean[c]! / size[c]!;
    const sd = Math.sqrt(Math.max(0, sq[c]! / size[c]! - mu * mu));
    const z = sd > 0 ? (within[i]! - mu) / sd : 0;
    withinZ[i] = z;
    const P = participation[i]!;
    role[i] = z >= 2.5 ? (P <= 0.3 ? "R5 provincial hub" : P <= 0.75 ? "R6 connector hub" : "R7 kinless hub")
      : P <= 0.05 ? "R1 ultra-peripheral" : P <= 0.62 ? "R2 peripheral" : P <= 0.8 ? "R3 non-hub connector" : "R4 non-hub kinless";
  }
  return { role, withinZ, participation };
}
