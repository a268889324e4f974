import { Command } from '@nestjs/cqrs';

/** The contact opted out: nothing scheduled for any of its invoices goes. */
export class CancelStepsForContactCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly contactId: string,
  ) {
    super();
  }
}
