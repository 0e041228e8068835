/** Test helper: the `code` of the TiescopeError thrown by `f`, or undefined when it does not throw. */
import { TiescopeError } from "../../src/index.js";

export function errorCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof TiescopeError ? e.code : `not a TiescopeError: ${String(e)}`;
  }
  return undefined;
}
