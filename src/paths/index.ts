// Public surface of src/paths: re-exports only.
export {};
