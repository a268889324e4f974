import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { SendTextCommand } from '../../contracts';
import { ContactIdParams } from '../contact-id.params';
import { QueuedTextResponseDto } from './queued-text.response.dto';
import { SendFreeTextRequestDto } from './send-free-text.request.dto';

@ApiTags('messaging')
@ApiAuthenticated()
@Controller('contacts')
export class SendFreeTextHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/messages')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Text a contact',
    description:
      'Queues the text; its state shows in the conversation. A contact who cannot receive texts (no mobile, opted ' +
      'out, a number the provider reported barred) is a 409 MESSAGING.CONTACT_UNREACHABLE whose errors[0].message ' +
      'says why (no_mobile, opted_out, number_suppressed), and nothing is sent.',
  })
  @ApiAcceptedResponse({ type: QueuedTextResponseDto })
  @ApiProblems(400, 404, 409)
  async send(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ContactIdParams,
    @Body() body: SendFreeTextRequestDto,
  ): Promise<QueuedTextResponseDto> {
    const { messageId, message } = await this.commands.execute(
      new SendTextCommand(principal.accountId, params.id, body.text, 'free_text', { sentBy: principal.userId }),
    );
    return { messageId, ...message };
  }
}
