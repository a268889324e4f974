import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../../../platform/auth/auth.decorators';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import { ReceiveVonageWebhookCommand } from './receive-vonage-webhook.command';
import type { VonageWebhookKind } from './vonage-webhook-kinds';

const KEPT_HEADERS = ['content-type', 'user-agent'];
const MAX_FIELDS = 50;
const MAX_VALUE_LENGTH = 2000;

const DESCRIPTION =
  'Vonage sends these as GET (query string), POST form or POST JSON, by the account setting; all three are taken. ' +
  'When VONAGE_SIGNATURE_SECRET is set, a missing, wrong or stale (more than 5 minutes) signature is a 401 and ' +
  'nothing is stored. A stored webhook is answered 200 at once and processed by a job; a resent one is a no-op.';

/** Vonage's delivery receipts and inbound texts for every account (Settle routes them). */
@ApiTags('webhooks')
@Controller('webhooks/vonage')
export class ReceiveVonageWebhookHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Get('delivery-receipts')
  @Public()
  @ApiOperation({ summary: "Vonage's delivery receipts, one per SMS part (query string)", description: DESCRIPTION })
  @ApiOkResponse({ description: 'Stored; processed shortly' })
  @ApiProblems(400, 401)
  receiptByGet(@Req() request: Request): Promise<void> {
    return this.receive('delivery-receipt', request);
  }

  @Post('delivery-receipts')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: "Vonage's delivery receipts, one per SMS part (form or JSON)", description: DESCRIPTION })
  @ApiOkResponse({ description: 'Stored; processed shortly' })
  @ApiProblems(400, 401)
  receiptByPost(@Req() request: Request): Promise<void> {
    return this.receive('delivery-receipt', request);
  }

  @Get('inbound')
  @Public()
  @ApiOperation({ summary: 'Texts contacts send to the account (query string)', description: DESCRIPTION })
  @ApiOkResponse({ description: 'Stored; processed shortly' })
  @ApiProblems(400, 401)
  inboundByGet(@Req() request: Request): Promise<void> {
    return this.receive('inbound', request);
  }

  @Post('inbound')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Texts contacts send to the account (form or JSON)', description: DESCRIPTION })
  @ApiOkResponse({ description: 'Stored; processed shortly' })
  @ApiProblems(400, 401)
  inboundByPost(@Req() request: Request): Promise<void> {
    return this.receive('inbound', request);
  }

  private async receive(kind: VonageWebhookKind, request: Request): Promise<void> {
    const source: unknown = request.method === 'GET' ? request.query : request.body;
    const headers = Object.fromEntries(
      KEPT_HEADERS.flatMap((name) => {
        const value = request.header(name);
        return value ? [[name, value]] : [];
      }),
    );
    await this.commands.execute(new ReceiveVonageWebhookCommand(kind, stringFields(source), headers));
  }
}

/** Vonage's fields are flat strings; anything else (nested, repeated, oversized) is left out. */
function stringFields(source: unknown): Record<string, string> {
  if (typeof source !== 'object' || source === null) return {};
  const entries = Object.entries(source as Record<string, unknown>).flatMap(([key, value]) => {
    if (typeof value === 'string' && value.length <= MAX_VALUE_LENGTH) return [[key, value]];
    if (typeof value === 'number' || typeof value === 'boolean') return [[key, String(value)]];
    return [];
  });
  return Object.fromEntries(entries.slice(0, MAX_FIELDS));
}
