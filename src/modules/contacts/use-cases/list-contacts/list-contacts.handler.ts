import { raw } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../../platform/accounts/contracts/get-account-settings.query';
import { AccountScope } from '../../../../platform/database/account-scope';
import { toPage, type Page } from '../../../../platform/http/pagination';
import { Contact } from '../../domain/contact';
import { PhoneNumber } from '../../domain/phone-number';
import { ContactResponseDto } from '../contact.response.dto';
import { ListContactsQuery } from './list-contacts.query';

/** Contacts in creation order (their ids are UUIDv7), filtered and searched case-insensitively. */
@QueryHandler(ListContactsQuery)
export class ListContactsHandler implements IQueryHandler<ListContactsQuery> {
  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
  ) {}

  async execute({ accountId, filters, limit, afterId }: ListContactsQuery): Promise<Page<ContactResponseDto>> {
    const where: FilterQuery<Contact>[] = [];
    if (afterId) where.push({ id: { $gt: afterId } });
    if (filters.source) where.push({ source: filters.source });
    if (filters.optedOut !== undefined) where.push({ optedOut: filters.optedOut });
    if (filters.canReceiveTexts === true) where.push({ mobile: { $ne: null }, optedOut: false });
    if (filters.canReceiveTexts === false) where.push({ $or: [{ mobile: null }, { optedOut: true }] });
    if (filters.search) where.push({ $or: await this.searchOf(accountId, filters.search.trim()) });
    const rows = await this.scope.read(accountId, (em) =>
      em.find(Contact, where.length > 0 ? { $and: where } : {}, { orderBy: { id: 'asc' }, limit: limit + 1 }),
    );
    return toPage(rows, limit, ContactResponseDto.of);
  }

  private async searchOf(accountId: string, search: string): Promise<FilterQuery<Contact>[]> {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const or: FilterQuery<Contact>[] = [
      { [raw("concat_ws(' ', first_name, last_name)")]: { $ilike: pattern } },
      { businessName: { $ilike: pattern } },
      { email: { $ilike: pattern } },
      { mobile: { $ilike: pattern } },
      { otherPhone: { $ilike: pattern } },
    ];
    const digits = search.replace(/\D/g, '');
    if (digits.length >= 4 && /^[\d\s()+.-]+$/.test(search)) {
      const { country } = await this.queries.execute(new GetAccountSettingsQuery(accountId));
      const phone = PhoneNumber.parse(search, country);
      const partial = `%${digits.replace(/^0+/, '')}%`;
      or.push({ mobile: { $like: partial } }, { otherPhone: { $like: partial } });
      if (phone) or.push({ mobile: phone.e164 }, { otherPhone: phone.e164 });
    }
    return or;
  }
}
