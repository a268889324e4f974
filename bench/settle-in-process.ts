import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { migrateDatabase } from '../src/platform/database/migrate';
import { configureHttp } from '../src/platform/http/configure-http';
import { SETTLE_TABLES } from '../src/settle.tables';

/**
 * Settle in this process on a throwaway database and Redis prefix (`settle_bench_<name>`), listening
 * on `port`, with the providers' settings in `env`: what every benchmark drives over HTTP.
 */
export async function startSettleInProcess(
  name: string,
  port: number,
  env: Record<string, string>,
): Promise<INestApplication> {
  Object.assign(process.env, {
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/settle_bench_${name}`,
    QUEUE_PREFIX: `settle-bench-${name}`,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...env,
  });
  await migrateDatabase(process.env.DATABASE_URL as string, SETTLE_TABLES);
  // Imported only now: the app reads its settings when its modules load.
  const { AppModule } = await import('../src/app.module');
  const app = await NestFactory.create(AppModule, { rawBody: true, logger: ['error', 'warn'] });
  configureHttp(app);
  await app.listen(port, '127.0.0.1');
  return app;
}
