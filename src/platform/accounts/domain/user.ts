import { newId } from '../../../../libs/ids';
import type { UserRole } from '../../tenancy/principal';
import { AccountsErrors } from '../accounts.errors';
import { normaliseEmail } from './email-address';

/** A person who signs in to an account. Email is unique across Settle: it is the login. */
export class User {
  id!: string;
  accountId!: string;
  email!: string;
  name!: string | null;
  passwordHash!: string;
  role!: UserRole;
  createdAt!: Date;

  static create(props: { accountId: string; email: string; name?: string; passwordHash: string; role: UserRole }) {
    const user = new User();
    user.id = newId();
    user.accountId = props.accountId;
    user.email = normaliseEmail(props.email);
    user.name = props.name?.trim() || null;
    user.passwordHash = props.passwordHash;
    user.role = props.role;
    user.createdAt = new Date();
    return user;
  }

  /** Owners are made at signup only and cannot be demoted, so an account always has one. */
  changeRole(role: UserRole): void {
    if (this.role === 'owner' || role === 'owner') throw AccountsErrors.ownerIsFixed();
    this.role = role;
  }

  assertRemovable(byUserId: string): void {
    if (this.role === 'owner') throw AccountsErrors.ownerIsFixed();
    if (this.id === byUserId) throw AccountsErrors.cannotRemoveSelf();
  }
}
