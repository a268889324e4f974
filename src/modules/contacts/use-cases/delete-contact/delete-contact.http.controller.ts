import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { ContactIdParams } from '../contact-id.params';
import { DeleteContactCommand } from './delete-contact.command';

@ApiTags('contacts')
@ApiAuthenticated()
@Controller('contacts')
export class DeleteContactHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a contact',
    description: 'A contact linked to QuickBooks comes back at the next import while its customer is active there.',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  delete(@CurrentPrincipal() principal: Principal, @Param() params: ContactIdParams): Promise<void> {
    return this.commands.execute(new DeleteContactCommand(principal.accountId, params.id));
  }
}
