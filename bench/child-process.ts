import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ChildProcessOptions {
  /** Node's flags, before the script. */
  nodeFlags?: string[];
  /** Started under `nice -n` (every thread of it), below this process's CPU priority. */
  nice?: number;
  /** With an IPC channel, for `child.send` and the child's `process.on('message')`. */
  ipc?: boolean;
}

/**
 * The V8 heap flags this process was started with (package.json's scripts give the benchmarks
 * Settle's), for a child that should run with the same heap.
 */
export function heapFlags(): string[] {
  return process.execArgv.filter((flag) => /^--max-(old|semi)-space-size=/.test(flag));
}

/**
 * Ends a child process and waits for it to exit: one that logs while it shuts down (Settle's worker)
 * would otherwise write into the pipe of a benchmark that has exited, and die of EPIPE.
 */
export function stopChildProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Runs a TypeScript script in a Node process of its own, its errors on this process's stderr, and
 * resolves with the first line of its output that `ready` accepts.
 */
export function startChildProcess(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: (line: string) => boolean,
  { nodeFlags = [], nice = 0, ipc = false }: ChildProcessOptions = {},
): Promise<{ child: ChildProcess; line: string }> {
  const node = [process.execPath, ...nodeFlags, '-r', join(__dirname, '../scripts/swc-register.js'), script, ...args];
  const [command, ...commandArgs] = nice > 0 ? ['nice', '-n', String(nice), ...node] : node;
  const stdio: StdioOptions = ipc ? ['ignore', 'pipe', 'inherit', 'ipc'] : ['ignore', 'pipe', 'inherit'];
  const child = spawn(command, commandArgs, { env, stdio });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (ready(line)) resolve({ child, line });
    });
  });
}
