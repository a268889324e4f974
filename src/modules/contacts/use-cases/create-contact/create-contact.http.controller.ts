import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { ContactResponseDto } from '../contact.response.dto';
import { contactInputOf } from '../contact-input';
import { CreateContactCommand } from './create-contact.command';
import { CreateContactRequestDto } from './create-contact.request.dto';

@ApiTags('contacts')
@ApiAuthenticated()
@Controller('contacts')
export class CreateContactHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    summary: 'Add a contact by hand',
    description:
      "Needs a first name, a last name or a business name. Numbers without a country code are read in the account's country. " +
      'A number that cannot be read, a mobile that is a landline or an email that is not one valid address is refused (400); ' +
      'a mobile or email another contact has is refused (409 CONTACTS.MOBILE_TAKEN / CONTACTS.EMAIL_TAKEN).',
  })
  @ApiCreatedResponse({ type: ContactResponseDto })
  @ApiProblems(400, 409)
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateContactRequestDto): Promise<ContactResponseDto> {
    return this.commands.execute(new CreateContactCommand(principal.accountId, contactInputOf(body), principal.userId));
  }
}
