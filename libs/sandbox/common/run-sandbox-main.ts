/** What a sandbox's `main.ts` does: start it, print what to point a client at, stop it on SIGINT or SIGTERM. */
export function runSandboxMain<S extends { close(): Promise<void> }>(
  start: () => Promise<S>,
  describe: (sandbox: S) => string[],
): void {
  void (async () => {
    const sandbox = await start();
    process.stdout.write([...describe(sandbox), ''].join('\n'));
    const stop = () => void sandbox.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })();
}

/** A comma-separated env value as trimmed items (empty items dropped); undefined when unset. */
export function envList(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
