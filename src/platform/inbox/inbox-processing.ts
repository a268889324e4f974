import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { AccountScope } from '../database/account-scope';
import { safeMessageOf } from '../logging/error-redaction';
import { HANDLES_WEBHOOK, type WebhookHandler } from './handles-webhook.decorator';
import { InboxMessage } from './inbox-message';

/**
 * Hands a stored webhook to its provider's handler and records the outcome on the row. A failure
 * is recorded and rethrown so the job retries with backoff; after the last attempt the row says
 * `failed` with its reason, for people to see.
 */
@Injectable()
export class InboxProcessing implements OnModuleInit {
  private readonly handlers = new Map<string, WebhookHandler>();

  constructor(
    private readonly scope: AccountScope,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const { metatype, instance } of this.discovery.getProviders()) {
      if (!metatype || !instance) continue;
      const provider = this.reflector.get<string | undefined>(HANDLES_WEBHOOK, metatype);
      if (provider) this.handlers.set(provider, instance as WebhookHandler);
    }
  }

  process(inboxId: string, finalAttempt: boolean): Promise<void> {
    return this.scope.acrossAccounts((em) => this.processIn(em, inboxId, finalAttempt));
  }

  private async processIn(em: EntityManager, inboxId: string, finalAttempt: boolean): Promise<void> {
    const message = await em.findOne(InboxMessage, { id: inboxId });
    if (!message || message.status === 'processed' || message.status === 'ignored') return;
    const handler = this.handlers.get(message.provider);
    message.attempts += 1;
    try {
      message.status = handler ? await handler.process(message) : 'ignored';
      message.processedAt = new Date();
      message.error = handler ? null : `No handler for provider ${message.provider}`;
    } catch (error) {
      message.error = safeMessageOf(error);
      if (finalAttempt) message.status = 'failed';
      await em.flush();
      throw error;
    }
    await em.flush();
  }
}
