import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { databaseConfig } from '../config/settle.config';
import { AccountScope } from './account-scope';
import { ormConfig, type TableMappings } from './mikro-orm.config';

@Global()
@Module({})
export class DatabaseModule {
  /** MikroORM over the tables the composition root lists, and the AccountScope every handler uses. */
  static forTables(tables: TableMappings): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        MikroOrmModule.forRootAsync({
          driver: PostgreSqlDriver,
          inject: [databaseConfig.KEY],
          useFactory: (database: ConfigType<typeof databaseConfig>) => ormConfig(database.url, tables),
        }),
      ],
      providers: [AccountScope],
      exports: [AccountScope],
    };
  }
}
