import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { Module } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { FailedAttempts } from '../auth/failed-attempts';
import { RedisThrottlerStorage } from '../auth/redis-throttler.storage';
import { ThrottlerStorageModule } from '../auth/throttler-storage.module';
import { appConfig, authConfig } from '../config/settle.config';
import { adminBasicAuth } from './admin-basic-auth.middleware';

export const QUEUE_BOARD_ROUTE = '/admin/queues';

@Module({
  imports: [
    BullBoardModule.forRootAsync({
      imports: [ThrottlerStorageModule],
      inject: [appConfig.KEY, authConfig.KEY, RedisThrottlerStorage],
      useFactory: (
        app: ConfigType<typeof appConfig>,
        auth: ConfigType<typeof authConfig>,
        storage: RedisThrottlerStorage,
      ) => ({
        route: QUEUE_BOARD_ROUTE,
        adapter: ExpressAdapter,
        middleware: adminBasicAuth(
          app.adminUser,
          app.adminPassword,
          new FailedAttempts(storage, 'admin-basic-auth', auth.rateLimitPerMinute),
        ),
        boardOptions: { uiConfig: { boardTitle: 'Settle queues' } },
      }),
    }),
  ],
})
export class QueueBoardModule {}
