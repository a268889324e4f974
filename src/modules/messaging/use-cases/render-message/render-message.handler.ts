import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { measureSms, normaliseToGsm } from '../../../../../libs/sms';
import { AccountScope } from '../../../../platform/database/account-scope';
import { RenderMessageQuery, type MessageSource, type RenderedMessage } from '../../contracts';
import { findUnknownPlaceholders, renderTemplate, withPaymentLink } from '../../domain/message-template';
import { MessagingErrors } from '../../messaging.errors';
import { TemplateBodies } from '../../infrastructure/persistence/template-bodies';

/** Fills a template or a text, normalises it to GSM-7 where it can, appends the link, and measures it. */
@QueryHandler(RenderMessageQuery)
export class RenderMessageHandler implements IQueryHandler<RenderMessageQuery> {
  constructor(
    private readonly scope: AccountScope,
    private readonly bodies: TemplateBodies,
  ) {}

  async execute({ accountId, source, values }: RenderMessageQuery): Promise<RenderedMessage> {
    const body = await this.scope.read(accountId, (em) => this.bodies.of(em, source));
    const unknown = findUnknownPlaceholders(body);
    if (unknown.length > 0) throw MessagingErrors.unknownPlaceholders(unknown, fieldOf(source));
    const filled = normaliseToGsm(renderTemplate(body, values));
    const text = values.paymentLink ? withPaymentLink(filled, values.paymentLink) : filled;
    const { encoding, length, parts } = measureSms(text);
    return { text, encoding, length, parts };
  }
}

function fieldOf(source: MessageSource): string {
  return 'text' in source ? 'message' : 'body';
}
