import { Module, RequestMethod } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { ClsServiceManager } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import type { LogFn, Logger } from 'pino';
import pretty from 'pino-pretty';
import { appConfig } from '../config/settle.config';
import { describeError, scrubText } from './error-redaction';
import { censor, REDACTED_PATHS } from './redaction';

/**
 * Structured logs; every line carries the request or job's correlation id. JSON lines for machines
 * (stdout is a pipe or a file), one readable coloured line per entry when a person watches a terminal.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (app: ConfigType<typeof appConfig>) => ({
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: [
          {
            level: app.logLevel,
            redact: { paths: REDACTED_PATHS, censor },
            hooks: { logMethod: scrubbedMessages },
            formatters: { log: scrubbedFields },
            genReqId: () => ClsServiceManager.getClsService().getId() ?? 'none',
            mixin: () => {
              const cls = ClsServiceManager.getClsService();
              return cls.isActive() ? { correlationId: cls.getId() } : {};
            },
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url.split('?')[0],
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              err: describeError,
              error: describeError,
            },
          },
          terminalOrJsonLines(),
        ],
      }),
    }),
  ],
})
export class LoggingModule {}

/** A message may quote an error's text (`Import failed: ${error.message}`): it is scrubbed as that text. */
function scrubbedMessages(this: Logger, args: Parameters<LogFn>, method: LogFn): void {
  const scrubbed = args.map((arg: unknown) => (typeof arg === 'string' ? scrubText(arg) : arg));
  method.apply(this, scrubbed as Parameters<LogFn>);
}

/** So is any text field of a line (`{ reason: error.message }`); errors go through `describeError`. */
function scrubbedFields(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, typeof value === 'string' ? scrubText(value) : value]),
  );
}

function terminalOrJsonLines(): NodeJS.WritableStream {
  if (!process.stdout.isTTY) return process.stdout;
  return pretty({ colorize: true, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
}
