/** Errors and exit codes of the `tiescope` command (Node CLI conventions). */

/** Exit codes: 0 success, 1 failure (bad input, I/O), 2 usage error, 130 interrupted (SIGINT). */
export const EXIT = Object.freeze({ ok: 0, failure: 1, usage: 2, interrupted: 130 });

/** An error the command reports as one line (`tiescope: <message>`), without a stack trace unless `--debug`. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.failure) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** A usage error: a bad option or argument (exit code 2). */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = "UsageError";
  }
}

/** The run was interrupted (SIGINT or an aborted signal; exit code 130). */
export class InterruptedError extends CliError {
  constructor() {
    super("interrupted", EXIT.interrupted);
    this.name = "InterruptedError";
  }
}

/** Throws {@link InterruptedError} when `signal` is aborted. */
export function checkInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new InterruptedError();
}

/** Yields to the event loop (so a SIGINT handler can run), then throws {@link InterruptedError} when `signal` is aborted. */
export async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  checkInterrupted(signal);
}
