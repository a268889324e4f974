import { Body, Controller, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { MessageTemplateIdParams } from '../message-template-id.params';
import { MessageTemplateResponseDto } from '../message-template.response.dto';
import { UpdateMessageTemplateCommand } from './update-message-template.command';
import { UpdateMessageTemplateRequestDto } from './update-message-template.request.dto';

@ApiTags('messaging')
@ApiAuthenticated()
@Controller('message-templates')
export class UpdateMessageTemplateHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':id')
  @ApiOperation({ summary: 'Change a message template (the invoice intro too)' })
  @ApiOkResponse({ type: MessageTemplateResponseDto })
  @ApiProblems(400, 404)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param() params: MessageTemplateIdParams,
    @Body() body: UpdateMessageTemplateRequestDto,
  ): Promise<MessageTemplateResponseDto> {
    const changes = { name: body.name, body: body.body };
    return this.commands.execute(new UpdateMessageTemplateCommand(principal.accountId, params.id, changes));
  }
}
