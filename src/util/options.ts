import { TiescopeError, show } from "./errors.js";

/**
 * Checks an options object against its named, frozen defaults and returns the merged
 * options. An option key that is not in `defaults` throws `UNKNOWN_OPTION`; so does a
 * non-object options argument. `undefined` values fall back to the default.
 *
 * @param fn - name of the public function, used as the message prefix.
 * @param options - what the caller passed (may be `undefined`).
 * @param defaults - the frozen default object; its keys are the accepted option names.
 */
export function resolveOptions<T extends object>(
  fn: string,
  options: Partial<T> | undefined | null,
  defaults: Readonly<T>,
): T {
  if (options === undefined || options === null) return { ...defaults };
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new TiescopeError("INVALID_OPTION", `${fn}: options must be an object, got ${show(options)}`);
  }
  const merged = { ...defaults } as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
      const known = Object.keys(defaults).join(", ");
      throw new TiescopeError("UNKNOWN_OPTION", `${fn}: unknown option ${show(key)} (known options: ${known})`, {
        option: key,
      });
    }
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}

/** Throws `INVALID_OPTION` unless `value` is one of `allowed`. */
export function checkChoice<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new TiescopeError(
      "INVALID_OPTION",
      `${fn}: option ${name} must be one of ${allowed.map((a) => show(a)).join(", ")}, got ${show(value)}`,
      { option: name, value },
    );
  }
  return value as T;
}

/** Bounds and wording of {@link checkNumber}. */
export interface NumberCheck {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Also accept `Infinity` (positive only), whatever `min`, `max` and `integer` say. */
  allowInfinity?: boolean;
  /** What the message says the value must be. Default: the kind and bounds, e.g. "an integer in [1, Infinity]". */
  expected?: string;
}

/**
 * Throws `INVALID_OPTION` unless `value` is a finite number in `[min, max]` (and an integer when
 * asked), or `Infinity` when `allowInfinity` is set.
 */
export function checkNumber(
  fn: string,
  name: string,
  value: unknown,
  { min = -Infinity, max = Infinity, integer = false, allowInfinity = false, expected }: NumberCheck = {},
): number {
  if (allowInfinity && value === Infinity) return value;
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    const kind = integer ? "an integer" : "a finite number";
    const must = expected ?? `${kind} in [${min}, ${max}]`;
    throw new TiescopeError("INVALID_OPTION", `${fn}: option ${name} must be ${must}, got ${show(value)}`, {
      option: name,
      value,
    });
  }
  return value;
}

/** Throws `INVALID_OPTION` unless `value` is a boolean. */
export function checkBoolean(fn: string, name: string, value: unknown): boolean {
  if (typeof value !== "boolean") {
    throw new TiescopeError("INVALID_OPTION", `${fn}: option ${name} must be a boolean, got ${show(value)}`, {
      option: name,
      value,
    });
  }
  return value;
}
