/** What Messaging needs to text a contact, and whether it may. */
export interface ContactForTexting {
  contactId: string;
  name: string;
  firstName: string | null;
  /** E.164, or null when the contact has no valid mobile. */
  mobile: string | null;
  optedOut: boolean;
}
