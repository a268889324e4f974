import { channel, subscribe, unsubscribe } from 'node:diagnostics_channel';

/**
 * Where a long piece of work (an import) spends its time, for a benchmark to listen to: each timed
 * stage publishes `{ stage, ms }` on this diagnostics channel. With no subscriber (always, outside
 * the benchmarks) a timed stage costs one property read and no clock.
 */
export const STAGE_TIMINGS_CHANNEL = 'settle:stage-timings';

export interface StageTiming {
  stage: string;
  ms: number;
}

const timings = channel(STAGE_TIMINGS_CHANNEL);

/** Hands every stage timed from now on to `listener`, until the function it answers is called. */
export function listenToStageTimings(listener: (timing: StageTiming) => void): () => void {
  const onMessage = (message: unknown) => listener(message as StageTiming);
  subscribe(STAGE_TIMINGS_CHANNEL, onMessage);
  return () => unsubscribe(STAGE_TIMINGS_CHANNEL, onMessage);
}

/** Runs `work`, publishing how long it took under `stage` when someone listens. */
export function timeStage<T>(stage: string, work: () => T): T {
  if (!timings.hasSubscribers) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    timings.publish({ stage, ms: performance.now() - started } satisfies StageTiming);
  }
}

/** The same for asynchronous work: the time from its start until it settles. */
export async function timeStageAsync<T>(stage: string, work: () => Promise<T>): Promise<T> {
  if (!timings.hasSubscribers) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings.publish({ stage, ms: performance.now() - started } satisfies StageTiming);
  }
}
