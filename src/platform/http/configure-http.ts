import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { answerClientErrorsWithProblems } from './client-error.handler';
import { correlationMiddleware } from './correlation.middleware';
import { appConfig } from '../config/settle.config';
import { parseQueryStrictly } from './strict-query-parser';
import { setupSwagger } from './swagger';
import { trustProxyFrom } from './trust-proxy';
import { refuseInvalidUtf8Body } from './utf8-body.middleware';

export const API_PREFIX = 'api/v1';

/** Routes outside /api/v1: probes, the queue board, the public pay page and providers' webhooks. */
const UNPREFIXED = ['health', 'health/ready', 'admin/queues', 'admin/queues/{*path}', 'p/{*path}', 'webhooks/{*path}'];

/** Everything an HTTP app needs beyond its modules; shared by main.ts and the end-to-end tests. */
export function configureHttp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  const config = app.get<ReturnType<typeof appConfig>>(appConfig.KEY);
  express.set('trust proxy', trustProxyFrom(config.trustProxy));
  express.set('query parser', parseQueryStrictly);
  express.disable('x-powered-by');
  answerClientErrorsWithProblems(app.getHttpServer());
  // First, so that a body the parsers refuse is answered with its request id too.
  app.use(correlationMiddleware().use);
  // application/*+json covers CloudEvents webhooks (application/cloudevents-batch+json).
  express.useBodyParser('json', { limit: config.bodyLimitBytes, type: ['application/json', 'application/*+json'] });
  express.useBodyParser('urlencoded', { limit: config.bodyLimitBytes, extended: false });
  app.use(refuseInvalidUtf8Body);
  app.use(helmet());
  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED.map((path) => ({ path, method: RequestMethod.ALL })) });
  app.enableShutdownHooks();
  setupSwagger(app);
}
