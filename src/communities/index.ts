// Public surface of src/communities: re-exports only.
export {};
