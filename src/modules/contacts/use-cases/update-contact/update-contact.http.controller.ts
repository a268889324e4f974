import { Body, Controller, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { ContactIdParams } from '../contact-id.params';
import { ContactResponseDto } from '../contact.response.dto';
import { contactInputOf } from '../contact-input';
import { UpdateContactCommand } from './update-contact.command';
import { UpdateContactRequestDto } from './update-contact.request.dto';

@ApiTags('contacts')
@ApiAuthenticated()
@Controller('contacts')
export class UpdateContactHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a contact',
    description:
      'Absent fields are left alone; null clears one. For a contact linked to QuickBooks, QuickBooks stays the master: ' +
      'its next update of the customer replaces these details (Settle never writes contacts to QuickBooks).',
  })
  @ApiOkResponse({ type: ContactResponseDto })
  @ApiProblems(400, 404, 409)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ContactIdParams,
    @Body() body: UpdateContactRequestDto,
  ): Promise<ContactResponseDto> {
    return this.commands.execute(
      new UpdateContactCommand(principal.accountId, params.id, contactInputOf(body), principal.userId),
    );
  }
}
