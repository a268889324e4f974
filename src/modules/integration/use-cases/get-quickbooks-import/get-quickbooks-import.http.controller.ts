import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { GetQuickBooksImportQuery } from './get-quickbooks-import.query';
import { QuickBooksImportResponseDto } from './quickbooks-import.response.dto';

class ImportIdParams {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a20' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

@ApiTags('quickbooks')
@ApiAuthenticated()
@Controller('integrations/quickbooks/imports')
export class GetQuickBooksImportHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: "An import's status, progress and, when finished, its summary" })
  @ApiOkResponse({ type: QuickBooksImportResponseDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: ImportIdParams): Promise<QuickBooksImportResponseDto> {
    return this.queries.execute(new GetQuickBooksImportQuery(principal.accountId, params.id));
  }
}
