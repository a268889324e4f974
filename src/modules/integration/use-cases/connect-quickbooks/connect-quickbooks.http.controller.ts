import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { ConnectQuickBooksCommand } from './connect-quickbooks.command';
import { ConnectQuickBooksRequestDto } from './connect-quickbooks.request.dto';
import { ConnectQuickBooksResponseDto } from './connect-quickbooks.response.dto';

@ApiTags('quickbooks')
@ApiAuthenticated()
@Controller('integrations/quickbooks')
export class ConnectQuickBooksHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('connect')
  @HttpCode(200)
  @Roles('owner', 'admin')
  @ApiOperation({ summary: 'Start connecting QuickBooks: answers the Intuit sign-in URL to send the user to' })
  @ApiOkResponse({ type: ConnectQuickBooksResponseDto })
  @ApiProblems(400, 403)
  connect(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ConnectQuickBooksRequestDto,
  ): Promise<ConnectQuickBooksResponseDto> {
    return this.commands.execute(
      new ConnectQuickBooksCommand(principal.accountId, principal.userId, body.replaceCompany),
    );
  }
}
