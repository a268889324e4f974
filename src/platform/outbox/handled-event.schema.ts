import { EntitySchema } from '@mikro-orm/core';

/** One row per event a consumer has acted on: the record that makes handlers idempotent. */
export class HandledEvent {
  consumer!: string;
  eventId!: string;
  handledAt!: Date;
}

export const HandledEventSchema = new EntitySchema<HandledEvent>({
  class: HandledEvent,
  tableName: 'platform_handled_events',
  properties: {
    consumer: { type: 'string', length: 200, primary: true },
    eventId: { type: 'uuid', primary: true },
    handledAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
