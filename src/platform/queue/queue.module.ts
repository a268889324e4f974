import { BullModule } from '@nestjs/bull';
import { Global, Module } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { DiscoveryModule } from '@nestjs/core';
import { redisConfig } from '../config/settle.config';
import '../redis/ready-only-while-connecting';
import './bull-dropped-promises';
import { jitteredExponentialBackoff, type JitteredBackoffOptions } from './backoff';
import { JOB_ATTEMPTS } from './job-attempts';
import { QueueDrain } from './queue-drain';
import { QueueProcessorCheck } from './queue-processor.check';

/**
 * How long Bull's Redis clients wait before each reconnection: ioredis' own default, which Settle's
 * other Redis clients use. Bull's default grows as e^attempt up to 20 s, so after an outage of a few
 * seconds the queues stayed down for up to 20 s after Redis was back.
 */
const reconnectDelayMs = (attempt: number): number => Math.min(attempt * 50, 2000);

/**
 * Settle's one door to Bull: connection, prefix and the default retry policy. Contexts register
 * their own queues with `registerQueues`; moving to BullMQ would change this folder and the
 * processors' decorators only.
 */
@Global()
@Module({
  imports: [
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [redisConfig.KEY],
      useFactory: (redis: ConfigType<typeof redisConfig>) => ({
        url: redis.url,
        prefix: redis.queuePrefix,
        redis: { retryStrategy: reconnectDelayMs },
        settings: { backoffStrategies: { jittered: jitteredExponentialBackoff } },
        defaultJobOptions: {
          attempts: JOB_ATTEMPTS,
          backoff: { type: 'jittered', options: { baseMs: redis.retryBaseMs } satisfies JitteredBackoffOptions },
          removeOnComplete: 1000,
          removeOnFail: 5000,
        },
      }),
    }),
  ],
  providers: [QueueProcessorCheck, QueueDrain],
})
export class QueueModule {}
