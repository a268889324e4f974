import { EntityManager } from '@mikro-orm/postgresql';
import type { Provider } from '@nestjs/common';
import { MikroOrmContactRepository } from './mikro-orm-contact.repository';

export const CONTACT_REPOSITORY = Symbol('ContactRepository');

/** The request's contacts: the injected EntityManager is the request's, scoped to its account. */
export const contactRepositoryProvider: Provider = {
  provide: CONTACT_REPOSITORY,
  inject: [EntityManager],
  useFactory: (em: EntityManager) => new MikroOrmContactRepository(em),
};
