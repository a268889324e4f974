import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { UnhandledExceptionBus } from '@nestjs/cqrs';
import type { Subscription } from 'rxjs';

/** @nestjs/cqrs drops errors of in-memory event handlers and sagas; this makes them visible. */
@Injectable()
export class UnhandledExceptionsLogger implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('CQRS');
  private subscription?: Subscription;

  constructor(private readonly unhandled: UnhandledExceptionBus) {}

  onModuleInit(): void {
    this.subscription = this.unhandled.subscribe(({ cause, exception }) =>
      this.logger.error({ err: exception, message: cause?.constructor?.name }, 'Unhandled exception in a CQRS handler'),
    );
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
