import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

/** The public contract (names, arguments and nullability binding for mobile apps), kept in the repository. */
export const contractPath = fileURLToPath(new URL('../contract/storefront.graphql', import.meta.url));

export function readContract(path = contractPath): GraphQLSchema {
  return buildSchema(readFileSync(path, 'utf8'));
}

export interface ContractReport {
  checked: number;
  problems: string[];
}

// Is `live` at least as strict as `want` (outputs), or at most as strict (inputs)?
function compatible(want: GraphQLType, live: GraphQLType, input: boolean): boolean {
  if (isNonNullType(want) && !isNonNullType(live)) return input;
  if (!isNonNullType(want) && isNonNullType(live)) return input ? false : compatible(want, live.ofType, input);
  if (isNonNullType(want) && isNonNullType(live)) return compatible(want.ofType, live.ofType, input);
  if (isListType(want) !== isListType(live)) return false;
  if (isListType(want) && isListType(live)) return compatible(want.ofType, live.ofType, input);
  return (want as GraphQLNamedType).name === (live as GraphQLNamedType).name;
}

/**
 * What `live` does not serve of `contract`. Extra types, fields, arguments and enum values are
 * fine. Reported: a missing type, field, argument, enum value, union member or interface; an
 * output looser than the contract (nullable where it says non-null); an argument or input field
 * stricter than it (required where it is optional); a new required argument or input field.
 */
export function checkContract(contract: GraphQLSchema, live: GraphQLSchema): ContractReport {
  const problems: string[] = [];
  let checked = 0;
  const say = (what: string) => problems.push(what);

  const checkInputFields = (
    want: GraphQLNamedType & { getFields(): Record<string, GraphQLInputField> },
    got: typeof want,
  ) => {
    const wantFields = want.getFields();
    const gotFields = got.getFields();
    for (const field of Object.values(wantFields)) {
      checked++;
      const gotField = gotFields[field.name];
      if (!gotField) say(`missing input field ${want.name}.${field.name}`);
      else if (!compatible(field.type, gotField.type, true)) {
        say(`input field ${want.name}.${field.name} is ${String(gotField.type)}, contract says ${String(field.type)}`);
      }
    }
    for (const gotField of Object.values(gotFields)) {
      if (!wantFields[gotField.name] && isNonNullType(gotField.type) && gotField.defaultValue === undefined) {
        say(`input ${want.name}.${gotField.name} is required but not in the contract`);
      }
    }
  };

  const checkArguments = (typeName: string, field: GraphQLField<unknown, unknown>, gotField: typeof field) => {
    for (const arg of field.args) {
      checked++;
      const gotArg = gotField.args.find((candidate: GraphQLArgument) => candidate.name === arg.name);
      if (!gotArg) say(`missing argument ${typeName}.${field.name}(${arg.name})`);
      else if (!compatible(arg.type as GraphQLInputType, gotArg.type, true)) {
        say(
          `argument ${typeName}.${field.name}(${arg.name}) is ${String(gotArg.type)}, contract says ${String(arg.type)}`,
        );
      }
    }
    for (const gotArg of gotField.args) {
      if (
        !field.args.some((arg) => arg.name === gotArg.name) &&
        isNonNullType(gotArg.type) &&
        gotArg.defaultValue === undefined
      ) {
        say(`argument ${typeName}.${field.name}(${gotArg.name}) is required but not in the contract`);
      }
    }
  };

  const checkFields = (
    want: GraphQLObjectType | GraphQLInterfaceType,
    got: GraphQLObjectType | GraphQLInterfaceType,
  ) => {
    const interfaces = new Set(got.getInterfaces().map((iface) => iface.name));
    for (const iface of want.getInterfaces())
      if (!interfaces.has(iface.name)) say(`${want.name} does not implement ${iface.name}`);
    const gotFields = got.getFields();
    for (const field of Object.values(want.getFields())) {
      checked++;
      const gotField = gotFields[field.name];
      if (!gotField) {
        say(`missing field ${want.name}.${field.name}`);
        continue;
      }
      if (!compatible(field.type as GraphQLOutputType, gotField.type, false)) {
        say(`field ${want.name}.${field.name} is ${String(gotField.type)}, contract says ${String(field.type)}`);
      }
      checkArguments(want.name, field, gotField);
    }
  };

  for (const want of Object.values(contract.getTypeMap())) {
    if (want.name.startsWith('__') || isSpecifiedScalarType(want)) continue;
    checked++;
    const got = live.getType(want.name);
    if (!got) {
      say(`missing type ${want.name}`);
      continue;
    }
    if (got.constructor !== want.constructor) {
      say(`${want.name} is a ${got.constructor.name}, contract says ${want.constructor.name}`);
      continue;
    }
    if (isEnumType(want) && isEnumType(got)) {
      for (const value of want.getValues()) {
        checked++;
        if (!got.getValue(value.name)) say(`missing enum value ${want.name}.${value.name}`);
      }
    } else if (isUnionType(want) && isUnionType(got)) {
      const members = new Set(got.getTypes().map((member) => member.name));
      for (const member of want.getTypes()) {
        checked++;
        if (!members.has(member.name)) say(`union ${want.name} lacks member ${member.name}`);
      }
    } else if (isInputObjectType(want) && isInputObjectType(got)) {
      checkInputFields(want, got);
    } else if ((isObjectType(want) || isInterfaceType(want)) && (isObjectType(got) || isInterfaceType(got))) {
      checkFields(want, got);
    }
  }
  return { checked, problems };
}

/** One line per problem, then `contract: N items checked, M problems`. */
export function formatContractReport({ checked, problems }: ContractReport): string {
  return [...problems, `contract: ${checked} items checked, ${problems.length} problems`].join('\n');
}
