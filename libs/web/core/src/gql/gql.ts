/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    roles\n    createdAt\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  query AreasPage($locale: Locale) {\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n": typeof types.AreasPageDocument,
    "\n  query AreaPage($code: String!, $locale: Locale) {\n    interventionArea(code: $code) {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n    guidelines {\n      code\n      position\n      title(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n": typeof types.AreaPageDocument,
    "\n  query HomePage($locale: Locale) {\n    processPhases {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n      startsOn\n      endsOn\n      timing\n    }\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n": typeof types.HomePageDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    roles\n    createdAt\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query AreasPage($locale: Locale) {\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n": types.AreasPageDocument,
    "\n  query AreaPage($code: String!, $locale: Locale) {\n    interventionArea(code: $code) {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n    guidelines {\n      code\n      position\n      title(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n": types.AreaPageDocument,
    "\n  query HomePage($locale: Locale) {\n    processPhases {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n      startsOn\n      endsOn\n      timing\n    }\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n": types.HomePageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    roles\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    roles\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreasPage($locale: Locale) {\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query AreasPage($locale: Locale) {\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaPage($code: String!, $locale: Locale) {\n    interventionArea(code: $code) {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n    guidelines {\n      code\n      position\n      title(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query AreaPage($code: String!, $locale: Locale) {\n    interventionArea(code: $code) {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n    guidelines {\n      code\n      position\n      title(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($locale: Locale) {\n    processPhases {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n      startsOn\n      endsOn\n      timing\n    }\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query HomePage($locale: Locale) {\n    processPhases {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n      startsOn\n      endsOn\n      timing\n    }\n    interventionAreas {\n      code\n      position\n      name(locale: $locale)\n      description(locale: $locale)\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;