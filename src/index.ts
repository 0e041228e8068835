/**
 * tiescope: how strong each tie is, which weak ties bridge separate worlds, which communities
 * exist, who is a power connector and who is only a mega connector, and whether an audience is
 * engaged or merely large, on an immutable typed-array graph.
 *
 * @packageDocumentation
 */
export * from "./graph/index.js";
export * from "./generators/index.js";
export * from "./datasets/index.js";
export * from "./interactions/index.js";
export * from "./ties/index.js";
export * from "./communities/index.js";
export * from "./bridges/index.js";
export * from "./roles/index.js";
export * from "./reach/index.js";
export * from "./paths/index.js";
export * from "./util/index.js";
