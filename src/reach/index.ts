// Public surface of src/reach: re-exports only.
export {};
