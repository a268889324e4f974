import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { MessageTemplateResponseDto } from '../message-template.response.dto';
import { CreateMessageTemplateCommand } from './create-message-template.command';
import { CreateMessageTemplateRequestDto } from './create-message-template.request.dto';

@ApiTags('messaging')
@ApiAuthenticated()
@Controller('message-templates')
export class CreateMessageTemplateHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Save a message template', description: 'Unknown placeholders are a 400 naming them.' })
  @ApiCreatedResponse({ type: MessageTemplateResponseDto })
  @ApiProblems(400)
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateMessageTemplateRequestDto,
  ): Promise<MessageTemplateResponseDto> {
    return this.commands.execute(new CreateMessageTemplateCommand(principal.accountId, body.name, body.body));
  }
}
