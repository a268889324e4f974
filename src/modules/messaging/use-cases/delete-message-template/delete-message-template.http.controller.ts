import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { MessageTemplateIdParams } from '../message-template-id.params';
import { DeleteMessageTemplateCommand } from './delete-message-template.command';

@ApiTags('messaging')
@ApiAuthenticated()
@Controller('message-templates')
export class DeleteMessageTemplateHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a message template', description: 'The invoice intro cannot be deleted (409).' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 409)
  delete(@CurrentPrincipal() principal: Principal, @Param() params: MessageTemplateIdParams): Promise<void> {
    return this.commands.execute(new DeleteMessageTemplateCommand(principal.accountId, params.id));
  }
}
