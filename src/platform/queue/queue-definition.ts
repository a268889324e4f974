import type { JobKind } from './job-kind';

/** A queue and every kind of job it runs: start-up fails in the worker role if one has no processor. */
export class QueueDefinition {
  constructor(
    readonly name: string,
    readonly kinds: JobKind<object>[],
  ) {}

  get jobs(): string[] {
    return this.kinds.map((kind) => kind.name);
  }

  kind(jobName: string): JobKind<object> | undefined {
    return this.kinds.find((kind) => kind.name === jobName);
  }
}
