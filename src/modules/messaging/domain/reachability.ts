import type { UnreachableReason } from '../contracts/contact-unreachable.error';
import type { MessagePurpose } from './message';

export interface TextingTarget {
  mobile: string | null;
  optedOut: boolean;
}

/**
 * Why a text may not go to this contact, or null when it may. Nothing reaches an opted-out
 * contact but the one confirmation of their STOP (a consent reply).
 */
export function unreachableReason(
  contact: TextingTarget,
  numberSuppressed: boolean,
  purpose: MessagePurpose,
): UnreachableReason | null {
  if (!contact.mobile) return 'no_mobile';
  if (numberSuppressed) return 'number_suppressed';
  if (contact.optedOut && purpose !== 'consent_reply') return 'opted_out';
  return null;
}
