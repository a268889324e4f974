export type ConsentChangeKind = 'opt_out' | 'opt_in';

/** How a contact's consent came to change: a keyword they texted, or a user of the account. */
export type ConsentChannel = 'sms_keyword' | 'user';
