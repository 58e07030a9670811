import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PHASE_TIMING, type LocalizedText, type PhaseTiming } from '@piano2030/shared-domain';
import { GraphQLLocalDate, type HasTexts } from '@piano2030/api-core';

const PhaseTimingEnum = Object.fromEntries(PHASE_TIMING.map((timing) => [timing, timing]));
registerEnumType(PhaseTimingEnum, { name: 'PhaseTiming' });

// Translatable fields (name, description, ...) are resolved from `texts` by localizedFieldResolver.

@ObjectType('Party', { description: 'A body that signed the protocol (Parte)' })
export class PartyModel implements HasTexts<'name' | 'shortName'> {
  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  website!: string | null;

  texts!: { name: LocalizedText; shortName: LocalizedText };
}

@ObjectType('InterventionArea', {
  description: "One of the eight intervention areas (ambiti d'intervento, Art. 3)",
})
export class InterventionAreaModel implements HasTexts<'name' | 'description'> {
  @Field()
  code!: string;

  @Field(() => Int)
  position!: number;

  texts!: { name: LocalizedText; description: LocalizedText };
}

@ObjectType('Guideline', { description: "One of the six guidelines (linee d'indirizzo, Art. 3)" })
export class GuidelineModel implements HasTexts<'title' | 'description'> {
  @Field()
  code!: string;

  @Field(() => Int)
  position!: number;

  texts!: { title: LocalizedText; description: LocalizedText };
}

@ObjectType('ProcessPhase', { description: 'A phase of the process, with the dates an administrator sets' })
export class ProcessPhaseModel implements HasTexts<'name' | 'description'> {
  @Field({ description: 'Stable code, e.g. CONTEXT_ANALYSIS' })
  code!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => GraphQLLocalDate)
  startsOn!: string;

  @Field(() => GraphQLLocalDate)
  endsOn!: string;

  @Field(() => PhaseTimingEnum, { description: 'Where the phase stands today (Europe/Rome)' })
  timing!: PhaseTiming;

  texts!: { name: LocalizedText; description: LocalizedText };
}
