// Public surface of src/roles: re-exports only.
export {};
