import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsPlainText, Trim } from '@piano2030/api-core';
import { INDICATOR_CSV_LIMITS } from '@piano2030/shared-domain';

@InputType({ description: "Where a series' areas are set: the pages that show it" })
export class IndicatorAreasFields {
  @Field(() => [String], { description: 'Intervention areas whose pages show the series' })
  @ArrayMaxSize(8, { message: 'areaCodes can list at most the 8 areas' })
  @IsString({ each: true })
  areaCodes!: string[];

  @Field({ description: 'Shown on every area page among the general context' })
  @IsBoolean()
  crossCutting!: boolean;
}

@InputType()
export class UploadIndicatorSeriesInput extends IndicatorAreasFields {
  @Field({ description: 'A new code: lower case letters, digits and underscores' })
  @Matches(/^[a-z][a-z0-9_]{2,59}$/, {
    message: 'code must be 3 to 60 lower case letters, digits or underscores, starting with a letter',
  })
  code!: string;

  @Field()
  @Trim()
  @Length(3, 200, { message: 'titleIt must be between 3 and 200 characters' })
  @IsPlainText()
  titleIt!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200, { message: 'titleEn must be at most 200 characters' })
  @IsPlainText()
  titleEn?: string | null;

  @Field({ description: 'e.g. "count", "EUR million", "%"' })
  @Trim()
  @Length(1, 80, { message: 'unit must be between 1 and 80 characters' })
  @IsPlainText()
  unit!: string;

  @Field()
  @Trim()
  @Length(2, 120, { message: 'territory must be between 2 and 120 characters' })
  @IsPlainText()
  territory!: string;

  @Field({ description: 'Who produced the data' })
  @Trim()
  @Length(2, 200, { message: 'producer must be between 2 and 200 characters' })
  @IsPlainText()
  producer!: string;

  @Field(() => String, { nullable: true, description: 'A public page with the data' })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'sourceUrl must be an http(s) address' },
  )
  sourceUrl?: string | null;

  @Field({
    description: 'The CSV text: a label (or period) column and a value column, optionally a measure column',
  })
  @IsString()
  @MaxLength(INDICATOR_CSV_LIMITS.maxBytes, {
    message: `csv must be at most ${INDICATOR_CSV_LIMITS.maxBytes / 1024} KB`,
  })
  csv!: string;

  @Field({
    defaultValue: false,
    description: 'Import the valid rows and report the others; by default one bad row refuses the whole file',
  })
  @IsBoolean()
  skipInvalidRows!: boolean;
}

@InputType()
export class SetIndicatorAreasInput extends IndicatorAreasFields {
  @Field()
  @IsString()
  code!: string;

  @Field(() => Int)
  @IsInt()
  expectedRevision!: number;
}
