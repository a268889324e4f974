import { Command } from '@nestjs/cqrs';
import type { ImportKind } from '../../domain/quickbooks-import';

export class StartQuickBooksImportCommand extends Command<{ importId: string }> {
  constructor(
    readonly accountId: string,
    readonly userId: string,
    readonly kind: ImportKind,
    readonly year: number | null,
    readonly dryRun: boolean,
  ) {
    super();
  }
}
