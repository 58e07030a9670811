import { registerEnumType } from '@nestjs/graphql';

/** A GraphQL enum whose values are the shared domain's constants, so the two cannot drift. */
export function graphqlEnum(
  values: readonly string[],
  name: string,
  description?: string,
): Record<string, string> {
  const enumType = Object.fromEntries(values.map((value) => [value, value]));
  registerEnumType(enumType, { name, description });
  return enumType;
}
