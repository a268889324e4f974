import type { INestApplication, ModuleMetadata } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { deleteRedisKeys } from '../../libs/testing';
import { AppModule } from '../../src/app.module';
import { dropDatabase, ensureDatabase } from '../../src/platform/database/ensure-database';
import { configureHttp } from '../../src/platform/http/configure-http';
import { assertTestDatabase, templateDatabase } from '../setup/test-database';

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The whole Settle app (API and worker roles) on this test file's database and Redis prefix. */
export interface TestAppOptions extends Pick<ModuleMetadata, 'imports' | 'providers'> {
  /** Also listen on this port, for callers outside the process (the QuickBooks sandbox's webhooks). */
  listenPort?: number;
  /** Providers of the app replaced by these values (a settable Clock, say). */
  overrides?: { provide: unknown; useValue: unknown }[];
}

export async function startTestApp(extra: TestAppOptions = {}): Promise<TestApp> {
  const url = process.env.DATABASE_URL as string;
  assertTestDatabase(url);
  await createFromTemplate(url);
  const builder = Test.createTestingModule({
    imports: [AppModule, ...(extra.imports ?? [])],
    providers: extra.providers ?? [],
  });
  for (const { provide, useValue } of extra.overrides ?? []) builder.overrideProvider(provide).useValue(useValue);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ rawBody: true, logger: false });
  configureHttp(app);
  await app.init();
  if (extra.listenPort !== undefined) await app.listen(extra.listenPort, '127.0.0.1');
  return {
    app,
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await dropDatabase(url);
      await deleteRedisKeys(process.env.QUEUE_PREFIX as string);
    },
  };
}

async function createFromTemplate(url: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await ensureDatabase(url, templateDatabase());
      return;
    } catch (error) {
      // Two files copying the template at the same instant: PostgreSQL says "being accessed".
      if ((error as { code?: string }).code !== '55006' || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
