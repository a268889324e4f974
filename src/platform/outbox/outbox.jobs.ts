import { jobKind } from '../queue/job-kind';
import { QueueDefinition } from '../queue/queue-definition';

/** Runs every consumer of one relayed event. */
export const DispatchEventJob = jobKind<{ outboxId: string }>('events', 'dispatch-event');

export const EVENTS_QUEUE = new QueueDefinition('events', [DispatchEventJob]);
