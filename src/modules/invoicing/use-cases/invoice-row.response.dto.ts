import { ApiProperty } from '@nestjs/swagger';
import type { Invoice } from '../domain/invoice';
import { INVOICE_STATUSES, type InvoiceStatus } from '../domain/invoice-status';
import { LAST_ACTION_KINDS, type LastActionKind } from '../domain/last-action';
import { MoneyResponseDto } from './money.response.dto';

export class LastActionResponseDto {
  @ApiProperty({ enum: LAST_ACTION_KINDS, example: 'imported' })
  kind!: LastActionKind;

  @ApiProperty({ example: 'quickbooks', description: 'A user id, "quickbooks", or "payment:<payment id>"' })
  by!: string;

  @ApiProperty({ example: '2026-03-02T10:15:00.000Z' })
  at!: string;
}

/** One invoice in the list. */
export class InvoiceRowResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a20' })
  id!: string;

  @ApiProperty({ example: '1042', nullable: true, type: String })
  number!: string | null;

  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a30' })
  contactId!: string;

  @ApiProperty({ example: 'Amelia Clarke', nullable: true, type: String })
  contactName!: string | null;

  @ApiProperty({ example: '2026-03-02', description: 'Created (TxnDate), a calendar date' })
  txnDate!: string;

  @ApiProperty({ example: '2026-04-01', nullable: true, type: String })
  dueDate!: string | null;

  @ApiProperty({ example: 'GBP' })
  currency!: string;

  @ApiProperty({ type: MoneyResponseDto })
  total!: MoneyResponseDto;

  @ApiProperty({ type: MoneyResponseDto })
  balance!: MoneyResponseDto;

  @ApiProperty({ enum: INVOICE_STATUSES, example: 'open' })
  status!: InvoiceStatus;

  @ApiProperty({ type: LastActionResponseDto })
  lastAction!: LastActionResponseDto;

  @ApiProperty({ example: false, description: "Settle's computed total differs from QuickBooks' (which stands)" })
  totalsMismatch!: boolean;

  static of(invoice: Invoice, today: string): InvoiceRowResponseDto {
    return {
      id: invoice.id,
      number: invoice.number,
      contactId: invoice.contactId,
      contactName: invoice.contactName,
      txnDate: invoice.txnDate,
      dueDate: invoice.dueDate,
      currency: invoice.currency,
      total: MoneyResponseDto.of(invoice.totalMinor, invoice.currency),
      balance: MoneyResponseDto.of(invoice.balanceMinor, invoice.currency),
      status: invoice.statusOn(today),
      lastAction: { kind: invoice.lastActionKind, by: invoice.lastActionBy, at: invoice.lastActionAt.toISOString() },
      totalsMismatch: invoice.totalsMismatch,
    };
  }
}
