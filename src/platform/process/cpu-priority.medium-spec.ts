import { execFileSync } from 'node:child_process';
import { getPriority } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

/** Runs lowerCpuPriority in a process of its own (it changes the caller's priority) and reads the result back. */
function lowerInChild(nice: number): { refused: string | null; priority: number } {
  const script = `
    const { getPriority } = require('node:os');
    const { lowerCpuPriority } = require('./src/platform/process/cpu-priority');
    const refused = lowerCpuPriority(${nice});
    process.stdout.write(JSON.stringify({ refused, priority: getPriority() }));`;
  const output = execFileSync(process.execPath, ['-r', './scripts/swc-register.js', '-e', script], { cwd: ROOT });
  return JSON.parse(output.toString()) as { refused: string | null; priority: number };
}

describe('lowerCpuPriority', () => {
  it('sets the nice value asked for', () => {
    expect(lowerInChild(7)).toEqual({ refused: null, priority: 7 });
  });

  it('leaves the priority as it is for 0', () => {
    // The child starts at this process's priority, which is not 0 where the tests themselves run niced.
    expect(lowerInChild(0)).toEqual({ refused: null, priority: getPriority() });
  });
});
