import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Runs a TypeScript script in a Node process of its own (with `nodeFlags` before it), its errors on
 * this process's stderr, and resolves with the first line of its output that `ready` accepts.
 */
export function startChildProcess(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: (line: string) => boolean,
  nodeFlags: string[] = [],
): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(
    process.execPath,
    [...nodeFlags, '-r', join(__dirname, '../scripts/swc-register.js'), script, ...args],
    {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (ready(line)) resolve({ child, line });
    });
  });
}
