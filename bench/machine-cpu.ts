import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports CPU time in /proc in ticks of USER_HZ, 100 a second on every architecture it runs on. */
const TICKS_PER_SECOND = 100;

/** The machine's busy CPU time so far, from the first line of /proc/stat (all cores, in clock ticks). */
export interface MachineCpuReading {
  busy: number;
}

export function readMachineCpu(): MachineCpuReading {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are a core with nothing to run.
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return { busy: user + nice + system + irq + softirq + steal };
}

/**
 * The CPU time every process of the machine took since `before`, in seconds of one core: divided by
 * the wall time, how many cores were busy on average, which shows whether a run was bound by the
 * machine's CPU.
 */
export function busyCoreSecondsSince(before: MachineCpuReading): number {
  return (readMachineCpu().busy - before.busy) / TICKS_PER_SECOND;
}

/** CPU time so far of each process that an import keeps busy beside Settle, in ticks by process id. */
export interface NeighbourCpuReading {
  postgres: Map<number, number>;
  sandbox: number;
}

/** PostgreSQL's processes (its server and every connection's backend) and the sandbox's process. */
export function readNeighbourCpu(sandboxPid: number): NeighbourCpuReading {
  const postgres = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(`/proc/${entry}/stat`);
    if (stat?.name === 'postgres') postgres.set(Number(entry), stat.ticks);
  }
  return { postgres, sandbox: readStat(`/proc/${sandboxPid}/stat`)?.ticks ?? 0 };
}

/**
 * What PostgreSQL and the sandbox took since `before`, in seconds of one core. A backend started
 * meanwhile counts from nothing; one that ended meanwhile is not counted (the pool keeps them).
 */
export function neighbourCpuSecondsSince(
  before: NeighbourCpuReading,
  sandboxPid: number,
): { postgres: number; sandbox: number } {
  const after = readNeighbourCpu(sandboxPid);
  let postgres = 0;
  for (const [pid, ticks] of after.postgres) postgres += ticks - (before.postgres.get(pid) ?? 0);
  return { postgres: postgres / TICKS_PER_SECOND, sandbox: (after.sandbox - before.sandbox) / TICKS_PER_SECOND };
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

function cpuTicksOf(path: string): number {
  const stat = readStat(path);
  if (!stat) throw new Error(`${path} cannot be read`);
  return stat.ticks;
}

/**
 * A /proc stat line's name and utime + stime (fields 14 and 15; the name in parentheses may hold
 * spaces); undefined when the process has gone.
 */
function readStat(path: string): { name: string; ticks: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    ticks: Number(fields[11]) + Number(fields[12]),
  };
}
