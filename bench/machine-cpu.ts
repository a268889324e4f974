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

/** This process's CPU time so far, all its threads and its main thread alone, in clock ticks. */
export interface ThreadCpuReading {
  process: number;
  mainThread: number;
}

export function readThreadCpu(): ThreadCpuReading {
  return { process: cpuTicksOf('/proc/self/stat'), mainThread: cpuTicksOf(`/proc/self/task/${process.pid}/stat`) };
}

/**
 * The share of this process's CPU time since `before` that its main thread took: the rest is
 * V8's helper threads (concurrent and parallel garbage collection, optimising compilers) and
 * libuv's pool, which run beside JavaScript on the machine's other cores.
 */
export function mainThreadShareSince(before: ThreadCpuReading): number {
  const after = readThreadCpu();
  const processTicks = after.process - before.process;
  return processTicks === 0 ? 1 : (after.mainThread - before.mainThread) / processTicks;
}

/** utime + stime of a /proc stat line (fields 14 and 15; the name in parentheses may hold spaces). */
function cpuTicksOf(path: string): number {
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}
