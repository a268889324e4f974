import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HandlesEvent, type EventConsumer } from '../../../platform/outbox/handles-event.decorator';
import { ContactOptedOutEvent } from '../../contacts/contracts';
import { CancelStepsForContactCommand } from '../use-cases/cancel-steps-for-contact/cancel-steps-for-contact.command';

@Injectable()
@HandlesEvent(ContactOptedOutEvent)
export class CancelStepsWhenContactOptedOutSaga implements EventConsumer<ContactOptedOutEvent> {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: ContactOptedOutEvent): Promise<void> {
    await this.commands.execute(new CancelStepsForContactCommand(event.accountId as string, event.contactId));
  }
}
