import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { AccountScope } from '../../../platform/database/account-scope';
import { FindContactByMobileQuery } from '../../contacts/contracts';
import { SenderSettings } from '../domain/sender-settings';

export interface InboundRoute {
  accountId: string;
  contactId: string;
}

/**
 * Whose a text is: the account that texts from the number it was sent to, and its contact with the
 * sender's mobile. A reply goes first to the account and contact that number last texted (several
 * accounts may share the configured default number); else to an account that chose that number
 * as its sender and has a contact with that mobile.
 */
@Injectable()
export class InboundRouter {
  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
  ) {}

  async route(to: string, contactNumber: string): Promise<InboundRoute | null> {
    const lastTexted = await this.scope.acrossAccounts(async (em) => {
      const [row] = await em.getConnection().execute<{ account_id: string; contact_id: string }[]>(
        `select account_id, contact_id from messaging_messages
          where contact_number = ? and sender_id = ? and direction = 'out'
          order by created_at desc limit 1`,
        [contactNumber, to],
      );
      return row ? { accountId: row.account_id, contactId: row.contact_id } : null;
    });
    if (lastTexted) return lastTexted;
    const owners = await this.scope.acrossAccounts((em) =>
      em.find(SenderSettings, { senderKind: 'number', senderValue: `+${to}` }, { filters: false }),
    );
    for (const owner of owners) {
      const contact = await this.queries.execute(new FindContactByMobileQuery(owner.accountId, contactNumber));
      if (contact) return { accountId: owner.accountId, contactId: contact.contactId };
    }
    return null;
  }
}
