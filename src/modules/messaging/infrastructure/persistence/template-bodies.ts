import { isUuid } from '../../../../../libs/ids';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { MessageSource } from '../../contracts';
import { DEFAULT_INVOICE_INTRO_TEMPLATE } from '../../domain/message-template';
import { SavedTemplate } from '../../domain/saved-template';
import { MessagingErrors } from '../../messaging.errors';

/** The text a message source stands for, in the account the EntityManager is scoped to. */
@Injectable()
export class TemplateBodies {
  async of(em: EntityManager, source: MessageSource): Promise<string> {
    if ('text' in source) return source.text;
    if ('templateId' in source) {
      const template = isUuid(source.templateId) ? await em.findOne(SavedTemplate, { id: source.templateId }) : null;
      if (!template) throw MessagingErrors.templateNotFound();
      return template.body;
    }
    const intro = await em.findOne(SavedTemplate, { kind: 'invoice_intro' });
    return intro?.body ?? DEFAULT_INVOICE_INTRO_TEMPLATE;
  }
}

/** The account's invoice intro template, made from the default the first time it is listed or edited. */
export async function ensureIntroTemplate(em: EntityManager, accountId: string): Promise<void> {
  const fresh = SavedTemplate.create(accountId, 'invoice_intro', 'Invoice intro', DEFAULT_INVOICE_INTRO_TEMPLATE);
  await em.getConnection().execute(
    `insert into messaging_templates (id, account_id, kind, name, body, created_at, updated_at)
       values (?, ?, 'invoice_intro', ?, ?, ?, ?) on conflict do nothing`,
    [fresh.id, accountId, fresh.name, fresh.body, fresh.createdAt, fresh.updatedAt],
    'run',
    em.getTransactionContext(),
  );
}
