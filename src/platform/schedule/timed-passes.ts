import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InFlight } from '../../../libs/in-flight';

/**
 * The one way to run timed work (the outbox poll, sweeps, the CDC schedule): an interval on
 * @nestjs/schedule's registry. A pass never overlaps itself in a process; across processes each
 * pass claims its rows in PostgreSQL, so any number of workers can run it side by side. A failed
 * pass is logged and the next tick tries again; shutdown waits for the passes in flight.
 */
@Injectable()
export class TimedPasses implements OnApplicationShutdown {
  private readonly logger = new Logger(TimedPasses.name);
  private readonly running = new InFlight<string, void>();
  private stopped = false;

  constructor(private readonly registry: SchedulerRegistry) {}

  every(name: string, everyMs: number, pass: () => Promise<unknown>): void {
    const interval = setInterval(() => void this.run(name, pass), everyMs);
    interval.unref();
    this.registry.addInterval(name, interval);
  }

  /** Runs the pass now unless it is already running; resolves when the running pass ends. */
  run(name: string, pass: () => Promise<unknown>): Promise<void> {
    if (this.stopped) return this.running.get(name) ?? Promise.resolve();
    return this.running.run(name, () =>
      pass()
        .then(() => undefined)
        .catch((error: unknown) =>
          this.logger.error({ err: error, pass: name }, 'Timed pass failed; the next tick retries'),
        ),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const name of this.registry.getIntervals()) this.registry.deleteInterval(name);
    await Promise.all(this.running.all());
  }
}
