/** The parts of the chamber's 2020 report as data (rpp2020.json) that the import reads. */
export interface RppFile {
  meta: { sources: { rpp2020: string } };
  strategicAreas: RppStrategicArea[];
  indicators: RppIndicator[];
}

export type Lines = [number, number];
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface RppIndicator {
  id: string;
  title: string;
  titleEn: string;
  unit: string;
  territory: string;
  scope: string;
  originalSource: string;
  sourceLines: Lines;
  values?: Record<string, Json>;
  changePct?: Record<string, Json>;
  breakdowns?: { dimension: string; items: Record<string, Json>[] }[];
  comparators?: Record<string, Json>;
  notes?: string[];
  uncertain?: string[] | string;
  chartDataMissing?: string;
  pianoStrategicoAreas: string[];
}

export interface RppStrategicArea {
  code: string;
  title: string;
  titleEn: string;
  objectives: RppObjective[];
}

export interface RppObjective {
  code: string;
  title: string;
  titleEn: string;
  status: string;
  figures2020?: {
    costiEsterni_oneri?: number;
    ricavi?: number;
    contributi?: number;
    investimenti?: number;
  } | null;
  targets2020_2021?: string[];
  projects: RppProject[];
  pianoStrategicoAreas: { primary: string[]; secondary: string[]; crossCutting: boolean };
  sourceLines: { programming2020?: Lines; status2015_2019?: Lines };
}

export interface RppProject {
  code: string;
  title: string;
  ufficioResponsabile?: string | null;
  costCentre?: { code: string; name: string } | null;
  summaryEn?: string | null;
  sourceLines: Lines;
}
