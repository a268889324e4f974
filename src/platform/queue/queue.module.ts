import { BullModule } from '@nestjs/bull';
import { Global, Module } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { redisConfig } from '../config/settle.config';
import { QUEUES } from './queues';
import { QueueProcessorCheck } from './queue-processor.check';
import { jitteredExponentialBackoff } from './backoff';

export const JOB_ATTEMPTS = 8;

const queueNames = Object.values(QUEUES).map((queue) => queue.name);

/**
 * Settle's one door to Bull: connection, prefix, default retry policy and the registry of queues.
 * Moving to BullMQ would change this folder and the processors' decorators only.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [redisConfig.KEY],
      useFactory: (redis: ConfigType<typeof redisConfig>) => ({
        url: redis.url,
        prefix: redis.queuePrefix,
        settings: { backoffStrategies: { jittered: jitteredExponentialBackoff } },
        defaultJobOptions: {
          attempts: JOB_ATTEMPTS,
          backoff: { type: 'jittered', delay: redis.retryBaseMs },
          removeOnComplete: 1000,
          removeOnFail: 5000,
        },
      }),
    }),
    BullModule.registerQueue(...queueNames.map((name) => ({ name }))),
  ],
  providers: [QueueProcessorCheck],
  exports: [BullModule],
})
export class QueueModule {}
