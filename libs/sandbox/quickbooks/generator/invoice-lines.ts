import { DecimalInput, divideRounded, Money, parseDecimal } from '../../../money';
import type { QboGlobalTaxCalculation, QboLine } from '../../../quickbooks/qbo-types';
import { BuildContext } from './build-context';
import { InvoiceDiscount, QBO_ROUNDING, SalesLineAmounts } from './invoice-totals';
import { inclusiveLinePrice, netLineAmount } from './line-pricing';

/** One product or service sold on a line. */
export interface SalesLineSpec {
  itemId: string;
  qty: DecimalInput;
  /**
   * The unit price as typed: net of VAT for TaxExcluded / NotApplicable, VAT included for
   * TaxInclusive. Default: the item's UnitPrice (converted for a foreign-currency invoice).
   */
  unitPrice?: DecimalInput;
  /** Default: the item's SalesTaxCodeRef. */
  taxCodeId?: string;
  description?: string;
  serviceDate?: string;
}

export type InvoiceLineSpec =
  | ({ kind: 'item' } & SalesLineSpec)
  | { kind: 'group'; groupItemId: string; quantity: number; lines: SalesLineSpec[] }
  | { kind: 'subtotal' }
  | { kind: 'description'; text: string }
  | { kind: 'discount'; percent: DecimalInput }
  | { kind: 'discount'; amount: DecimalInput };

export interface BuiltLines {
  /** The lines the user entered, as QuickBooks returns them (without the trailing subtotal). */
  lines: QboLine[];
  salesLines: SalesLineAmounts[];
  discount?: InvoiceDiscount;
  discountLine?: QboLine;
}

interface LineBuildInput {
  specs: readonly InvoiceLineSpec[];
  currency: string;
  treatment: QboGlobalTaxCalculation;
  /** Home-currency units per unit of the invoice currency, to price items in a foreign currency. */
  exchangeRate: string;
  context: BuildContext;
}

export function buildLines(input: LineBuildInput): BuiltLines {
  const built: BuiltLines = { lines: [], salesLines: [] };
  let lineNum = 0;
  let sinceSubtotal = Money.zero(input.currency);
  for (const spec of input.specs) {
    lineNum += 1;
    const id = String(lineNum);
    if (spec.kind === 'item') {
      const { line, amounts } = salesLine(spec, input, id, lineNum);
      built.lines.push(line);
      built.salesLines.push(amounts);
      sinceSubtotal = sinceSubtotal.add(amounts.net);
    } else if (spec.kind === 'group') {
      const children = spec.lines.map((child, index) => salesLine(child, input, `${id}.${index + 1}`, undefined));
      const total = Money.sum(
        children.map((child) => child.amounts.net),
        input.currency,
      );
      const group = input.context.item(spec.groupItemId);
      built.lines.push({
        Id: id,
        LineNum: lineNum,
        Description: group.Description ?? group.Name,
        Amount: total.toNumber(),
        DetailType: 'GroupLineDetail',
        GroupLineDetail: {
          GroupItemRef: { value: group.Id, name: group.Name },
          Quantity: spec.quantity,
          Line: children.map((child) => child.line),
        },
      });
      built.salesLines.push(...children.map((child) => child.amounts));
      sinceSubtotal = sinceSubtotal.add(total);
    } else if (spec.kind === 'subtotal') {
      built.lines.push({
        Id: id,
        LineNum: lineNum,
        Amount: sinceSubtotal.toNumber(),
        DetailType: 'SubTotalLineDetail',
        SubTotalLineDetail: {},
      });
      sinceSubtotal = Money.zero(input.currency);
    } else if (spec.kind === 'description') {
      built.lines.push({
        Id: id,
        LineNum: lineNum,
        Description: spec.text,
        DetailType: 'DescriptionOnly',
        DescriptionLineDetail: {},
      });
    } else {
      if (built.discount) throw new Error('QuickBooks allows one discount line per invoice');
      built.discount =
        'percent' in spec ? { percent: String(spec.percent) } : { amount: Money.parse(spec.amount, input.currency) };
      lineNum -= 1;
    }
  }
  return built;
}

/** The discount line QuickBooks places after the subtotal, once its amount is known. */
export function discountLine(discount: InvoiceDiscount, amount: Money, discountAccountId: string): QboLine {
  return {
    Amount: amount.toNumber(),
    DetailType: 'DiscountLineDetail',
    DiscountLineDetail: {
      PercentBased: 'percent' in discount,
      ...('percent' in discount ? { DiscountPercent: Number(discount.percent) } : {}),
      DiscountAccountRef: { value: discountAccountId, name: 'Discounts given' },
    },
  };
}

function salesLine(
  spec: SalesLineSpec,
  input: LineBuildInput,
  id: string,
  lineNum: number | undefined,
): { line: QboLine; amounts: SalesLineAmounts } {
  const item = input.context.item(spec.itemId);
  const taxCodeId = input.treatment === 'NotApplicable' ? undefined : (spec.taxCodeId ?? item.SalesTaxCodeRef?.value);
  const unitPrice = spec.unitPrice ?? foreignPrice(item.UnitPrice ?? 0, input);
  const priced = price(spec.qty, unitPrice, taxCodeId, input);
  const line: QboLine = {
    Id: id,
    ...(lineNum === undefined ? {} : { LineNum: lineNum }),
    Description: spec.description ?? item.Description ?? item.Name,
    Amount: priced.net.toNumber(),
    DetailType: 'SalesItemLineDetail',
    SalesItemLineDetail: {
      ...(spec.serviceDate ? { ServiceDate: spec.serviceDate } : {}),
      ItemRef: { value: item.Id, name: item.Name },
      UnitPrice: priced.unitPrice,
      Qty: Number(spec.qty),
      ...(item.IncomeAccountRef ? { ItemAccountRef: item.IncomeAccountRef } : {}),
      TaxCodeRef: { value: taxCodeId ?? 'NON' },
      ...(priced.gross ? { TaxInclusiveAmt: priced.gross.toNumber() } : {}),
    },
  };
  return { line, amounts: { net: priced.net, gross: priced.gross, taxCodeId } };
}

function price(qty: DecimalInput, unitPrice: DecimalInput, taxCodeId: string | undefined, input: LineBuildInput) {
  if (input.treatment === 'TaxInclusive' && taxCodeId !== undefined) {
    const percent = input.context.ratesOfCode(taxCodeId).reduce((sum, rate) => sum + Number(rate.percent), 0);
    return inclusiveLinePrice(qty, unitPrice, percent, input.currency);
  }
  const net = netLineAmount(qty, unitPrice, input.currency);
  return { net, gross: undefined, unitPrice: Number(unitPrice) };
}

/** An item's home-currency price in the invoice currency, to the currency's decimals. */
function foreignPrice(homePrice: number, input: LineBuildInput): string {
  if (input.currency === input.context.homeCurrency) return String(homePrice);
  const price = parseDecimal(String(homePrice));
  const rate = parseDecimal(input.exchangeRate);
  const exponent = Money.zero(input.currency).exponent;
  // (p / 10^ps) / (r / 10^rs) in minor units = p × 10^(exponent + rs) / (r × 10^ps).
  const numerator = price.coefficient * 10n ** BigInt(exponent + rate.scale);
  const denominator = rate.coefficient * 10n ** BigInt(price.scale);
  return Money.ofMinor(divideRounded(numerator, denominator, QBO_ROUNDING), input.currency).toDecimalString();
}
