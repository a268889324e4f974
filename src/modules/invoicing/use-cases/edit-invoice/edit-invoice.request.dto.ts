import { ApiHideProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { MultiLineText } from '../../../../platform/http/multi-line-text.decorator';
import { QUICKBOOKS_OWNED_FIELDS } from '../../domain/quickbooks-snapshot';

/**
 * Settle's own fields. The QuickBooks-owned fields are accepted by the validation pipe only so that
 * the answer is a clear 409 (INVOICING.FIELD_OWNED_BY_QUICKBOOKS) rather than "unknown property".
 */
export class EditInvoiceRequestDto {
  @ApiPropertyOptional({
    example: 'Thanks for your custom - pay by Friday and we will waive the call-out fee.',
    nullable: true,
    type: String,
    maxLength: 1000,
    description: "Settle's message shown on the customer's page, on one line or several; null clears it",
  })
  @MultiLineText()
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsString()
  @MaxLength(1000)
  message?: string | null;

  @ApiHideProperty()
  @Allow()
  number?: unknown;

  @ApiHideProperty()
  @Allow()
  txnDate?: unknown;

  @ApiHideProperty()
  @Allow()
  dueDate?: unknown;

  @ApiHideProperty()
  @Allow()
  contactId?: unknown;

  @ApiHideProperty()
  @Allow()
  contactName?: unknown;

  @ApiHideProperty()
  @Allow()
  billingAddress?: unknown;

  @ApiHideProperty()
  @Allow()
  billEmail?: unknown;

  @ApiHideProperty()
  @Allow()
  currency?: unknown;

  @ApiHideProperty()
  @Allow()
  exchangeRate?: unknown;

  @ApiHideProperty()
  @Allow()
  taxTreatment?: unknown;

  @ApiHideProperty()
  @Allow()
  lines?: unknown;

  @ApiHideProperty()
  @Allow()
  taxLines?: unknown;

  @ApiHideProperty()
  @Allow()
  subtotal?: unknown;

  @ApiHideProperty()
  @Allow()
  discount?: unknown;

  @ApiHideProperty()
  @Allow()
  tax?: unknown;

  @ApiHideProperty()
  @Allow()
  total?: unknown;

  @ApiHideProperty()
  @Allow()
  balance?: unknown;

  @ApiHideProperty()
  @Allow()
  status?: unknown;

  @ApiHideProperty()
  @Allow()
  customerMemo?: unknown;

  /** The QuickBooks-owned fields this request tried to set. */
  quickBooksFieldsNamed(): string[] {
    return QUICKBOOKS_OWNED_FIELDS.filter((field) => this[field] !== undefined);
  }
}
