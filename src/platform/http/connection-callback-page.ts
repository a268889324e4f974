import type { Response } from 'express';
import { AppError } from '../errors/app-error';
import { htmlPage } from './html-page';
import { html, type SafeHtml } from './html-template';
import { STATUS_OF_KIND } from './problem';

/** A query parameter as a provider's redirect sent it: a repeated or nested one counts as absent. */
export function queryText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Answers a provider's OAuth or onboarding redirect with a page for the person who came back:
 * "<provider> connected" with what `complete` says, or "<provider> was not connected" with why,
 * at the status of the error's kind. Errors that are not Settle's own still reach the global filter.
 */
export async function answerConnectionCallback(
  response: Response,
  provider: string,
  complete: () => Promise<SafeHtml>,
): Promise<void> {
  try {
    const details = await complete();
    response
      .status(200)
      .type('html')
      .send(
        htmlPage(
          `${provider} connected`,
          html`<h1>${provider} connected</h1>
            ${details}`,
        ),
      );
  } catch (failure) {
    if (!(failure instanceof AppError)) throw failure;
    response
      .status(STATUS_OF_KIND[failure.kind])
      .type('html')
      .send(
        htmlPage(
          `${provider} not connected`,
          html`<h1>${provider} was not connected</h1>
            <p>${failure.message}</p>
            <p>You can close this window and try again from Settle.</p>`,
        ),
      );
  }
}
