// Public surface of src/interactions: re-exports only.
export {};
