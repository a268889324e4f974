import { newId } from '../../../../libs/ids';
import { MessagingErrors } from '../messaging.errors';
import { findUnknownPlaceholders } from './message-template';

/** invoice_intro: the account's text for sending an invoice (one per account); custom: any other. */
export type TemplateKind = 'invoice_intro' | 'custom';

/** A template an account keeps; its body may hold only the placeholders Settle knows. */
export class SavedTemplate {
  id!: string;
  accountId!: string;
  kind!: TemplateKind;
  name!: string;
  body!: string;
  createdAt!: Date;
  updatedAt!: Date;

  static create(accountId: string, kind: TemplateKind, name: string, body: string, now = new Date()): SavedTemplate {
    assertKnownPlaceholders(body);
    const template = new SavedTemplate();
    template.id = newId(now.getTime());
    template.accountId = accountId;
    template.kind = kind;
    template.name = name;
    template.body = body;
    template.createdAt = now;
    template.updatedAt = now;
    return template;
  }

  edit(changes: { name?: string; body?: string }, now = new Date()): void {
    if (changes.body !== undefined) {
      assertKnownPlaceholders(changes.body);
      this.body = changes.body;
    }
    if (changes.name !== undefined) this.name = changes.name;
    this.updatedAt = now;
  }
}

function assertKnownPlaceholders(body: string): void {
  const unknown = findUnknownPlaceholders(body);
  if (unknown.length > 0) throw MessagingErrors.unknownPlaceholders(unknown);
}
