import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { validateQuickBooksEnvironment } from './modules/integration/infrastructure/quickbooks.config';
import { developmentSecretsWarning, listenAddressOf } from './platform/config/development-secrets';
import { EnvironmentError, validateEnvironment, type Environment } from './platform/config/environment';
import { migrateDatabase } from './platform/database/migrate';
import { configureHttp } from './platform/http/configure-http';
import { lowerCpuPriority } from './platform/process/cpu-priority';
import { startSandboxModeIfUnconfigured } from './sandbox-mode';
import { SETTLE_TABLES } from './settle.tables';

/** Starts Settle: the HTTP API, the worker, or both (ROLE=all, the default). */
export async function bootstrap(): Promise<void> {
  const env = validateEnvironment(process.env);
  validateQuickBooksEnvironment(process.env);
  await migrateDatabase(env.DATABASE_URL, SETTLE_TABLES);
  await startSandboxModeIfUnconfigured(env);
  if (env.ROLE === 'worker') {
    const refused = lowerCpuPriority(env.WORKER_NICE);
    const worker = await NestFactory.createApplicationContext(AppModule, { bufferLogs: true });
    worker.useLogger(worker.get(Logger));
    worker.enableShutdownHooks();
    warnOfDevelopmentSecrets(worker.get(Logger), env);
    if (refused)
      worker.get(Logger).warn(`Could not lower the worker's CPU priority (WORKER_NICE): ${refused}`, 'Settle');
    worker.get(Logger).log('Settle worker started');
    return;
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, rawBody: true });
  app.useLogger(app.get(Logger));
  configureHttp(app);
  warnOfDevelopmentSecrets(app.get(Logger), env);
  const address = listenAddressOf(env);
  await (address === undefined ? app.listen(env.PORT) : app.listen(env.PORT, address));
  app.get(Logger).log(`Settle (${env.ROLE}) listening on ${await app.getUrl()}; API docs at /docs`);
}

function warnOfDevelopmentSecrets(logger: Logger, env: Environment): void {
  const warning = developmentSecretsWarning(env);
  if (warning) logger.warn(warning, 'Settle');
}

if (require.main === module) {
  bootstrap().catch((error: unknown) => {
    process.stderr.write(`${error instanceof EnvironmentError ? error.message : (error as Error).stack}\n`);
    process.exit(1);
  });
}
