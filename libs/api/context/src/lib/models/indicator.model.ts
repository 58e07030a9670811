import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { HasTexts } from '@piano2030/api-core';
import type { LocalizedText } from '@piano2030/shared-domain';

@ObjectType('SourceReference', {
  description: 'Where figures come from: producer, document and lines, or a web page',
})
export class SourceReferenceModel {
  @Field({ description: 'Who produced the data (Istat, Infocamere, Prometeia...)' })
  producer!: string;

  @Field(() => String, { nullable: true })
  document!: string | null;

  @Field(() => Int, { nullable: true, description: 'First line of the document (1-based)' })
  lineFrom!: number | null;

  @Field(() => Int, { nullable: true })
  lineTo!: number | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType('IndicatorObservation', { description: 'One number of a series' })
export class IndicatorObservationModel {
  @Field({ description: "'values' for headline figures, else the breakdown's dimension" })
  dimension!: string;

  @Field({ description: "What is measured; '' for the series' own measure" })
  measure!: string;

  @Field({ description: "The period or the category; '' when it has neither" })
  label!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('IndicatorSeries', { description: 'An indicator series of the context analysis' })
export class IndicatorSeriesModel implements HasTexts<'title'> {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  unit!: string;

  @Field()
  territory!: string;

  @Field({ description: 'province, region, nation, chamber-activity...' })
  scope!: string;

  @Field({ description: 'RPP2020 (imported from the report) or UPLOAD (added by an administrator)' })
  origin!: string;

  @Field({ description: 'Concerns every area: shown on each area page among the general context' })
  crossCutting!: boolean;

  @Field(() => SourceReferenceModel)
  source!: SourceReferenceModel;

  @Field(() => [String])
  notes!: string[];

  @Field(() => Int)
  revision!: number;

  texts!: { title: LocalizedText };
}

@ObjectType('CsvRowRejection', { description: 'A row of an upload that was not imported, and why' })
export class CsvRowRejectionModel {
  @Field(() => Int, { description: 'Line of the file, header included' })
  line!: number;

  @Field()
  reason!: string;
}

@ObjectType('IndicatorUploadResult')
export class IndicatorUploadResultModel {
  @Field(() => IndicatorSeriesModel)
  series!: IndicatorSeriesModel;

  @Field(() => Int)
  importedRows!: number;

  @Field(() => [CsvRowRejectionModel], { description: 'Rows skipped (only with skipInvalidRows)' })
  skippedRows!: CsvRowRejectionModel[];
}
