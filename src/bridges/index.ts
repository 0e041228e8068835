// Public surface of src/bridges: re-exports only.
export {};
