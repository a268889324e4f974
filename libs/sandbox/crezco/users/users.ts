import { randomUUID } from 'node:crypto';
import type { CrezcoUser } from '../../../crezco';

export type NewUser = Partial<Omit<CrezcoUser, 'id'>>;

export const DEFAULT_NEW_USER: Omit<CrezcoUser, 'id'> = {
  displayName: 'Sandbox Plumbing Ltd',
  firstName: 'Sam',
  lastName: 'Payee',
  eMail: 'sam@sandbox-plumbing.example',
};

/** The Crezco users (payees) onboarded through the partner. */
export class Users {
  private readonly byId = new Map<string, CrezcoUser>();

  create(fields: NewUser = {}): CrezcoUser {
    const user: CrezcoUser = { id: randomUUID(), ...DEFAULT_NEW_USER, ...definedOnly(fields) };
    this.byId.set(user.id, user);
    return user;
  }

  get(id: string): CrezcoUser | undefined {
    return this.byId.get(id);
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }

  all(): CrezcoUser[] {
    return [...this.byId.values()];
  }

  clear(): void {
    this.byId.clear();
  }
}

function definedOnly(fields: NewUser): NewUser {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === 'string' && value !== ''));
}
