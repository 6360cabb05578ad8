import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

// Custom scalars shared by every subgraph. Output is lenient (we produce it), input is strict.
const DECIMAL = /^-?\d{1,12}(\.\d{1,6})?$/;

function badInput(name: string, detail: string): GraphQLError {
  return new GraphQLError(`Invalid ${name}: ${detail}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function stringLiteral(ast: ValueNode, name: string): string {
  if (ast.kind !== Kind.STRING) throw badInput(name, 'expected a string');
  return ast.value;
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(stringLiteral(ast, 'DateTime')),
});

function parseDate(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw badInput('DateTime', 'expected an ISO-8601 string');
  return date;
}

export const Decimal = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  serialize: (value) => String(value),
  parseValue: (value) => parseDecimal(value),
  parseLiteral: (ast) => parseDecimal(stringLiteral(ast, 'Decimal')),
});

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value))
    throw badInput('Decimal', 'expected a decimal string such as "19.99"');
  return value;
}

export const URL = new GraphQLScalarType<string, string>({
  name: 'URL',
  serialize: (value) => String(value),
  parseValue: (value) => parseUrl(value),
  parseLiteral: (ast) => parseUrl(stringLiteral(ast, 'URL')),
});

function parseUrl(value: unknown): string {
  if (typeof value !== 'string' || !globalThis.URL.canParse(value)) throw badInput('URL', 'expected an absolute URL');
  return value;
}

export const HTML = new GraphQLScalarType<string, string>({
  name: 'HTML',
  serialize: (value) => String(value),
  parseValue: (value) =>
    typeof value === 'string'
      ? value
      : (() => {
          throw badInput('HTML', 'expected a string');
        })(),
  parseLiteral: (ast) => stringLiteral(ast, 'HTML'),
});

export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => jsonLiteral(ast),
});

function jsonLiteral(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(jsonLiteral);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, jsonLiteral(field.value)]));
    default:
      throw badInput('JSON', 'variables are not allowed inside a JSON literal');
  }
}
