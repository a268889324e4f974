import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { Module } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { appConfig } from '../config/settle.config';
import { adminBasicAuth } from './admin-basic-auth.middleware';

export const QUEUE_BOARD_ROUTE = '/admin/queues';

@Module({
  imports: [
    BullBoardModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (app: ConfigType<typeof appConfig>) => ({
        route: QUEUE_BOARD_ROUTE,
        adapter: ExpressAdapter,
        middleware: adminBasicAuth(app.adminUser, app.adminPassword),
        boardOptions: { uiConfig: { boardTitle: 'Settle queues' } },
      }),
    }),
  ],
})
export class QueueBoardModule {}
