import { ApiProperty } from '@nestjs/swagger';

class ItemReasonsDto {
  @ApiProperty({ example: '58' })
  quickBooksId!: string;

  @ApiProperty({ example: 'Amy Rowe', nullable: true, type: String, description: 'Display name, or invoice number' })
  name!: string | null;

  @ApiProperty({ example: ['mobile +447911123456 is already held by contact Amy Rowe (QuickBooks customer 12)'] })
  reasons!: string[];
}

class ImportPhaseDto {
  @ApiProperty({
    example: 100,
    nullable: true,
    type: Number,
    description: 'How many QuickBooks has; null until counted',
  })
  total!: number | null;

  @ApiProperty({ example: 100 })
  done!: number;

  @ApiProperty({ example: { created: 97, updated: 0, unchanged: 1, skipped: 2 } })
  counts!: Record<string, number>;

  @ApiProperty({
    type: [ItemReasonsDto],
    nullable: true,
    description: 'Every skipped item with its reasons, once the import has finished (null while it runs)',
  })
  skipped!: ItemReasonsDto[] | null;

  @ApiProperty({
    type: [ItemReasonsDto],
    nullable: true,
    example: [
      {
        quickBooksId: '61',
        name: 'Ben Hale',
        reasons: ['AlternatePhone "ask at the desk" is not a valid phone number; kept as text'],
      },
    ],
    description:
      'Every item imported with something not imported as QuickBooks holds it (a phone kept as text, a field truncated), with its reasons, once the import has finished (null while it runs)',
  })
  reported!: ItemReasonsDto[] | null;
}

class InvoicesPhaseDto extends ImportPhaseDto {
  @ApiProperty({
    example: { GBP: '1234.50', JPY: '5000' },
    nullable: true,
    type: Object,
    description: 'Dry runs: the unpaid total, per currency, of the invoices the import would create or update',
  })
  unpaidByCurrency!: Record<string, string> | null;
}

export class QuickBooksImportResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a20' })
  id!: string;

  @ApiProperty({ enum: ['contacts', 'invoices'], example: 'contacts' })
  kind!: string;

  @ApiProperty({ example: null, nullable: true, type: Number })
  year!: number | null;

  @ApiProperty({ example: false, description: 'A dry run reports what the import would do and writes nothing' })
  dryRun!: boolean;

  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'], example: 'completed' })
  status!: string;

  @ApiProperty({ example: null, nullable: true, type: String })
  error!: string | null;

  @ApiProperty({ type: ImportPhaseDto })
  contacts!: ImportPhaseDto;

  @ApiProperty({ type: InvoicesPhaseDto, nullable: true, description: 'For invoice imports' })
  invoices!: InvoicesPhaseDto | null;

  @ApiProperty({ example: '2026-11-27T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: '2026-11-27T09:30:04.000Z', nullable: true, type: String })
  finishedAt!: string | null;
}
