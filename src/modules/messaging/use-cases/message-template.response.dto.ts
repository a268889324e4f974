import { ApiProperty } from '@nestjs/swagger';
import type { SavedTemplate } from '../domain/saved-template';

export class MessageTemplateResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a40' })
  id!: string;

  @ApiProperty({
    enum: ['invoice_intro', 'custom'],
    example: 'invoice_intro',
    description: "invoice_intro: the account's text for sending an invoice (one, editable, not deletable)",
  })
  kind!: string;

  @ApiProperty({ example: 'Invoice intro' })
  name!: string;

  @ApiProperty({
    example:
      'Hi {first_name}, {business_name} sent you invoice {invoice_number} for {amount_due}. Pay here: {payment_link}',
    description:
      'Placeholders: {first_name}, {contact_name}, {business_name}, {invoice_number}, {amount_due}, {due_date}, {payment_link}',
  })
  body!: string;

  @ApiProperty({ example: '2026-12-01T10:32:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: '2026-12-01T10:32:00.000Z' })
  updatedAt!: string;

  static of(template: SavedTemplate): MessageTemplateResponseDto {
    return {
      id: template.id,
      kind: template.kind,
      name: template.name,
      body: template.body,
      createdAt: template.createdAt.toISOString(),
      updatedAt: template.updatedAt.toISOString(),
    };
  }
}
