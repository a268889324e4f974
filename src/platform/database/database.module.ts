import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Module } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { databaseConfig } from '../config/settle.config';
import { ormConfig } from './mikro-orm.config';

/** MikroORM with a fresh EntityManager per request (its request-context middleware). */
@Module({
  imports: [
    MikroOrmModule.forRootAsync({
      driver: PostgreSqlDriver,
      inject: [databaseConfig.KEY],
      useFactory: (database: ConfigType<typeof databaseConfig>) => ormConfig(database.url),
    }),
  ],
})
export class DatabaseModule {}
