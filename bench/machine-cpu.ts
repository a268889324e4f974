import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** The machine's CPU time so far, from the first line of /proc/stat (all cores, in clock ticks). */
export interface MachineCpuReading {
  busy: number;
  total: number;
}

export function readMachineCpu(): MachineCpuReading {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are a core with nothing to run.
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/**
 * How many of the machine's cores were busy, on average, since `before`: every process counts
 * (Settle, PostgreSQL, the sandbox), which shows whether a run was bound by the machine's CPU.
 */
export function busyCoresSince(before: MachineCpuReading): number {
  const after = readMachineCpu();
  const total = after.total - before.total;
  return total === 0 ? 0 : ((after.busy - before.busy) / total) * availableParallelism();
}
