import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../../platform/auth/auth.decorators';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import { GetPublicInvoiceQuery } from './get-public-invoice.query';
import { PublicInvoiceResponseDto } from './public-invoice.response.dto';

@ApiTags('public')
@Public()
@Controller('public/invoices')
export class GetPublicInvoiceHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':token')
  @ApiOperation({ summary: "The invoice behind a customer's link, as JSON (no authentication: the token is the key)" })
  @ApiParam({ name: 'token', example: '3q2-7wE_kGvJtC1nZ0o1xYb8sQpLmN4a' })
  @ApiOkResponse({ type: PublicInvoiceResponseDto })
  @ApiProblems(404)
  get(@Param('token') token: string): Promise<PublicInvoiceResponseDto> {
    return this.queries.execute(new GetPublicInvoiceQuery(token));
  }
}
