import 'reflect-metadata';

const MULTI_LINE_FIELDS = 'settle:multiLineFields';

/**
 * Marks a request field as multi-line text: it may hold line breaks and tabs. Every other string
 * the API takes is one line (the validation pipe refuses line breaks and control characters there).
 */
export function MultiLineText(): PropertyDecorator {
  return (target, property) => {
    const fields = new Set<string | symbol>(Reflect.getMetadata(MULTI_LINE_FIELDS, target) ?? []);
    fields.add(property);
    Reflect.defineMetadata(MULTI_LINE_FIELDS, [...fields], target);
  };
}

export function isMultiLineText(dto: object, property: string): boolean {
  const fields: (string | symbol)[] = Reflect.getMetadata(MULTI_LINE_FIELDS, dto) ?? [];
  return fields.includes(property);
}
