import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { senderFromText, type Sender } from '../domain/sender';
import { SenderSettings } from '../domain/sender-settings';
import { messagingConfig, type MessagingConfig } from './messaging.config';

/** The sender of each account: its own choice, else VONAGE_DEFAULT_SENDER. */
@Injectable()
export class Senders {
  constructor(@Inject(messagingConfig.KEY) private readonly config: MessagingConfig) {}

  get fallback(): Sender {
    return senderFromText(this.config.defaultSender);
  }

  /** The sender of the account the EntityManager is scoped to. */
  async of(em: EntityManager): Promise<Sender> {
    const settings = await em.findOne(SenderSettings, {});
    return settings ? settings.sender() : this.fallback;
  }
}
