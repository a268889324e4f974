/** The page the payer returns to once the provider has taken the payment (what the provider says still decides). */
export function successUrlOf(returnUrl: string): string {
  return `${returnUrl}${returnUrl.includes('?') ? '&' : '?'}paid=1`;
}
