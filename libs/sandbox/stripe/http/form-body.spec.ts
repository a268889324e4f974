import { canonicalForm, parseStripeForm } from './form-body';

describe('parseStripeForm', () => {
  it('nests brackets and makes arrays of indexed keys, as stripe-node encodes them', () => {
    const raw =
      'mode=payment&metadata[invoice_id]=inv_42&payment_intent_data[metadata][invoice_id]=inv_42' +
      '&line_items[0][quantity]=1&line_items[0][price_data][currency]=gbp' +
      '&line_items[0][price_data][product_data][name]=Invoice%20INV-0042&line_items[1][quantity]=2&expand[]=payment_intent';
    expect(parseStripeForm(raw)).toEqual({
      mode: 'payment',
      metadata: { invoice_id: 'inv_42' },
      payment_intent_data: { metadata: { invoice_id: 'inv_42' } },
      line_items: [
        { quantity: '1', price_data: { currency: 'gbp', product_data: { name: 'Invoice INV-0042' } } },
        { quantity: '2' },
      ],
      expand: ['payment_intent'],
    });
  });

  it('reads percent-encoded brackets the same way', () => {
    expect(parseStripeForm('metadata%5Ba%5D=1')).toEqual({ metadata: { a: '1' } });
  });

  it('compares parameters regardless of their order', () => {
    expect(canonicalForm(parseStripeForm('a=1&b[x]=2&b[y]=3'))).toBe(
      canonicalForm(parseStripeForm('b[y]=3&a=1&b[x]=2')),
    );
    expect(canonicalForm(parseStripeForm('a=1'))).not.toBe(canonicalForm(parseStripeForm('a=2')));
  });
});
