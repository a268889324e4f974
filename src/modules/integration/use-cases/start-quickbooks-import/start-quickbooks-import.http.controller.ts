import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { QuickBooksImportStartedResponseDto } from './quickbooks-import-started.response.dto';
import { StartQuickBooksImportCommand } from './start-quickbooks-import.command';
import { StartQuickBooksImportRequestDto } from './start-quickbooks-import.request.dto';

@ApiTags('quickbooks')
@ApiAuthenticated()
@Controller('integrations/quickbooks/imports')
export class StartQuickBooksImportHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @Roles('owner', 'admin')
  @ApiOperation({ summary: 'Import contacts, or one year of invoices (contacts first), from QuickBooks' })
  @ApiAcceptedResponse({ type: QuickBooksImportStartedResponseDto })
  @ApiProblems(400, 403, 409)
  start(
    @CurrentPrincipal() principal: Principal,
    @Body() body: StartQuickBooksImportRequestDto,
  ): Promise<QuickBooksImportStartedResponseDto> {
    return this.commands.execute(
      new StartQuickBooksImportCommand(
        principal.accountId,
        principal.userId,
        body.kind,
        body.year ?? null,
        body.dryRun ?? false,
      ),
    );
  }
}
