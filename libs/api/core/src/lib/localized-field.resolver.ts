import type { Type } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { pickLocale, type LocalizedText } from '@piano2030/shared-domain';
import { LocaleArg, chooseLocale } from './locale';
import type { RequestContext } from './request-context';

/** A model whose translatable texts are kept together, keyed by GraphQL field name. */
export interface HasTexts<TField extends string> {
  texts: Record<TField, LocalizedText>;
}

/**
 * Builds the resolver of a model's translatable fields: `field(locale: Locale): String!` for each,
 * answering in the requested language, else the request's Accept-Language, else Italian.
 * Nest keys field resolvers by method name, so each method is named after its field.
 */
export function localizedFieldsResolver<TField extends string>(
  model: Type<HasTexts<TField>>,
  fields: readonly TField[],
): Type {
  class LocalizedFieldsResolver {}
  Object.defineProperty(LocalizedFieldsResolver, 'name', { value: `${model.name}TextsResolver` });
  const prototype = LocalizedFieldsResolver.prototype as unknown as Record<string, unknown>;
  for (const field of fields) {
    const descriptor: PropertyDescriptor = {
      value: (parent: HasTexts<TField>, locale: LocaleArg | null, ctx: RequestContext): string =>
        pickLocale(parent.texts[field], chooseLocale(locale, ctx.req)),
      writable: true,
      configurable: true,
    };
    Object.defineProperty(prototype, field, descriptor);
    // What emitDecoratorMetadata would write for a hand-written method; Nest reads it.
    Reflect.defineMetadata('design:paramtypes', [Object, String, Object], prototype, field);
    Reflect.defineMetadata('design:returntype', String, prototype, field);
    Parent()(prototype, field, 0);
    Args('locale', { type: () => LocaleArg, nullable: true })(prototype, field, 1);
    Context()(prototype, field, 2);
    ResolveField(field, () => String)(prototype, field, descriptor);
  }
  Resolver(() => model)(LocalizedFieldsResolver);
  return LocalizedFieldsResolver;
}
