import { newId } from '../../../../libs/ids';

/** One part of a multipart text from a contact, kept until every part has come. */
export class InboundPart {
  id!: string;
  accountId!: string;
  contactNumber!: string;
  concatRef!: string;
  partNumber!: number;
  total!: number;
  text!: string;
  providerMessageId!: string;
  receivedAt!: Date;

  static of(fields: Omit<InboundPart, 'id'>): InboundPart {
    return Object.assign(new InboundPart(), { id: newId(fields.receivedAt.getTime()), ...fields });
  }
}

/** The whole text once every part is in, in order; null while parts are missing. */
export function assembled(parts: InboundPart[]): string | null {
  if (parts.length === 0) return null;
  const total = parts[0].total;
  const byNumber = new Map(parts.map((part) => [part.partNumber, part.text]));
  const ordered = Array.from({ length: total }, (_, index) => byNumber.get(index + 1));
  return ordered.every((text) => text !== undefined) ? ordered.join('') : null;
}
