/**
 * Node-only helpers (file readers). Import from "tiescope/node"; the main entry stays free of
 * Node-only imports so it runs in browsers and notebooks.
 */
export {
  readInteractions,
  READ_INTERACTIONS_DEFAULTS,
  type ReadInteractionsOptions,
  type InteractionColumns,
  type ColumnRef,
} from "./read-interactions.js";
