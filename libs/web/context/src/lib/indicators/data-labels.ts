import { humaniseName } from '../shared/humanise';

/**
 * Human names, in Italian and English, for the data keys of the indicator series imported from the
 * chamber's 2020 report (apps/api/src/seeds/data/rpp2020.json) as the API flattens them: the
 * measures (dotted paths for nested cells), the breakdown dimensions and the series' units.
 * Territories and breakdown items are already Italian and are shown as they are.
 */
export type DataLabelKind = 'measure' | 'dimension' | 'unit';
export type DataLabelLanguage = 'it' | 'en';
export type DataLabels = Record<string, { it: string; en: string }>;

/** What the suffixes of a key say about its figure: "_approx" is "circa", and so on. */
export const QUALIFIERS: DataLabels = {
  approx: { it: 'circa', en: 'approx.' },
  min: { it: 'almeno', en: 'at least' },
  derived: { it: 'calcolato', en: 'computed' },
  alt: { it: 'valore alternativo', en: 'alternative figure' },
};

export const MEASURE_LABELS: DataLabels = {
  // Shared by several series
  absoluteChange: { it: 'Variazione assoluta', en: 'Absolute change' },
  changeAbs: { it: 'Variazione assoluta', en: 'Absolute change' },
  changePct: { it: 'Variazione %', en: '% change' },
  sharePct: { it: 'Quota sul totale', en: 'Share of total' },
  total: { it: 'Totale', en: 'Total' },
  EURmillion: { it: 'Milioni di euro', en: 'EUR million' },
  EURmillion_approx: { it: 'Milioni di euro (circa)', en: 'EUR million (approx.)' },

  // lu_business_demography, lu_artisan_businesses
  registrations: { it: 'Iscrizioni', en: 'Registrations' },
  birthRatePct: { it: 'Tasso di natalità', en: 'Birth rate' },
  closuresNetOfExOfficio: {
    it: "Cessazioni (al netto delle cancellazioni d'ufficio)",
    en: 'Closures (excluding ex officio cancellations)',
  },
  mortalityRatePct: { it: 'Tasso di mortalità', en: 'Mortality rate' },
  growthRatePct_netOfExOfficio: {
    it: "Tasso di crescita (al netto delle cancellazioni d'ufficio)",
    en: 'Growth rate (excluding ex officio cancellations)',
  },
  growthRatePct_inclAllCancellations: {
    it: "Tasso di crescita (comprese le cancellazioni d'ufficio)",
    en: 'Growth rate (including all cancellations)',
  },
  registrationsChangeVs2017_abs: {
    it: 'Iscrizioni, variazione assoluta sul 2017',
    en: 'Registrations, absolute change on 2017',
  },
  closures: { it: 'Cessazioni', en: 'Closures' },
  netBalance: { it: 'Saldo tra iscrizioni e cessazioni', en: 'Net balance of registrations and closures' },
  Toscana_changePct: { it: 'Toscana · variazione %', en: 'Tuscany · % change' },
  Italia_changePct: { it: 'Italia · variazione %', en: 'Italy · % change' },

  // lu_business_survival
  oneYear_cohort2017_at2018: {
    it: 'Sopravvivenza a un anno, imprese nate nel 2017 (al 2018)',
    en: 'One-year survival, businesses born in 2017 (at 2018)',
  },
  oneYear_cohort2016: {
    it: 'Sopravvivenza a un anno, imprese nate nel 2016',
    en: 'One-year survival, businesses born in 2016',
  },
  oneYear_cohort2015_at2016: {
    it: 'Sopravvivenza a un anno, imprese nate nel 2015 (al 2016)',
    en: 'One-year survival, businesses born in 2015 (at 2016)',
  },
  twoYears_average: { it: 'Sopravvivenza media a due anni', en: 'Average two-year survival' },
  threeYears_average: { it: 'Sopravvivenza media a tre anni', en: 'Average three-year survival' },

  // lu_manufacturing_structure
  activeSeats: { it: "Sedi d'impresa attive", en: 'Active registered seats' },
  shareOfAllBusinessesPct: { it: 'Quota sul totale delle imprese', en: 'Share of all businesses' },
  additionalLocalUnits_approx: {
    it: 'Unità locali aggiuntive (circa)',
    en: 'Additional local units (approx.)',
  },
  avgEmployeesPerManufacturingFirm: {
    it: 'Addetti medi per impresa manifatturiera',
    en: 'Average employees per manufacturing firm',
  },
  avgEmployeesPerFirm: { it: 'Addetti medi per impresa', en: 'Average employees per firm' },
  shareOfManufacturingFirmsPct: {
    it: 'Quota sulle imprese manifatturiere',
    en: 'Share of manufacturing firms',
  },
  shareOfManufacturingEmployeesPct: {
    it: 'Quota sugli addetti manifatturieri',
    en: 'Share of manufacturing employees',
  },

  // lu_production_orders_by_sector
  production: { it: 'Produzione', en: 'Production' },
  foreignOrders: { it: 'Ordini esteri', en: 'Foreign orders' },
  domesticOrders: { it: 'Ordini interni', en: 'Domestic orders' },

  // tos_artisan_ebret
  turnoverGrowthPct: { it: 'Fatturato, variazione %', en: 'Turnover, % change' },
  firmsInvestingPct: { it: 'Quota di imprese che hanno investito', en: 'Share of firms that invested' },
  firmsIncreasingInvestmentPct: {
    it: 'Quota di imprese con investimenti in aumento',
    en: 'Share of firms increasing investment',
  },
  firmsDecreasingInvestmentPct: {
    it: 'Quota di imprese con investimenti in calo',
    en: 'Share of firms decreasing investment',
  },
  employeesGrowthPct: { it: 'Addetti, variazione %', en: 'Employees, % change' },

  // lu_exports_by_sector, lu_exports_by_destination, lu_imports
  valueEURmillion: { it: 'Valore, milioni di euro', en: 'Value, EUR million' },
  valueEUR: { it: 'Valore, euro', en: 'Value, EUR' },
  changePct_2017: { it: 'Variazione %, 2017', en: '% change, 2017' },

  // lu_agri_businesses
  'Agricoltura e Caccia.individual': {
    it: 'Agricoltura e Caccia · imprese individuali',
    en: 'Agriculture and hunting · sole proprietorships',
  },
  'Agricoltura e Caccia.otherForms': {
    it: 'Agricoltura e Caccia · altre forme giuridiche',
    en: 'Agriculture and hunting · other legal forms',
  },
  'Agricoltura e Caccia.total': {
    it: 'Agricoltura e Caccia · tutte le forme giuridiche',
    en: 'Agriculture and hunting · all legal forms',
  },
  'Silvicoltura e utilizzo aree forestali.individual': {
    it: 'Silvicoltura e utilizzo aree forestali · imprese individuali',
    en: 'Forestry and logging · sole proprietorships',
  },
  'Silvicoltura e utilizzo aree forestali.otherForms': {
    it: 'Silvicoltura e utilizzo aree forestali · altre forme giuridiche',
    en: 'Forestry and logging · other legal forms',
  },
  'Silvicoltura e utilizzo aree forestali.total': {
    it: 'Silvicoltura e utilizzo aree forestali · tutte le forme giuridiche',
    en: 'Forestry and logging · all legal forms',
  },
  'Pesca.individual': { it: 'Pesca · imprese individuali', en: 'Fishing · sole proprietorships' },
  'Pesca.otherForms': { it: 'Pesca · altre forme giuridiche', en: 'Fishing · other legal forms' },
  'Pesca.total': { it: 'Pesca · tutte le forme giuridiche', en: 'Fishing · all legal forms' },
  'Totale.individual': { it: 'Totale · imprese individuali', en: 'Total · sole proprietorships' },
  'Totale.otherForms': { it: 'Totale · altre forme giuridiche', en: 'Total · other legal forms' },
  'Totale.total': { it: 'Totale · tutte le forme giuridiche', en: 'Total · all legal forms' },
  'changePct.2017/2016': { it: 'Variazione % 2017/2016', en: '% change 2017/2016' },
  'changePct.2018/2017': { it: 'Variazione % 2018/2017', en: '% change 2018/2017' },
  shareOfAgriPct_2018: {
    it: 'Quota sulle imprese agricole, 2018',
    en: 'Share of agricultural businesses, 2018',
  },

  // lu_agri_land_and_production
  UAA_hectares: {
    it: 'Superficie agricola utilizzata (SAU), ettari',
    en: 'Utilised agricultural area (UAA), hectares',
  },

  // lu_commerce_businesses
  active: { it: 'Imprese attive', en: 'Active businesses' },
  localUnits: { it: 'Unità locali', en: 'Local units' },
  localUnits_changePct: { it: 'Unità locali, variazione %', en: 'Local units, % change' },
  'detail.Comune di Lucca.value': { it: 'Comune di Lucca · imprese', en: 'Comune di Lucca · businesses' },
  'detail.Comune di Lucca.per1000inhabitants': {
    it: 'Comune di Lucca · imprese ogni 1.000 abitanti',
    en: 'Comune di Lucca · businesses per 1,000 inhabitants',
  },
  'detail.Viareggio.value': { it: 'Viareggio · imprese', en: 'Viareggio · businesses' },
  'detail.Viareggio.per1000inhabitants': {
    it: 'Viareggio · imprese ogni 1.000 abitanti',
    en: 'Viareggio · businesses per 1,000 inhabitants',
  },
  'detail.Forte dei Marmi.per1000inhabitants': {
    it: 'Forte dei Marmi · imprese ogni 1.000 abitanti',
    en: 'Forte dei Marmi · businesses per 1,000 inhabitants',
  },
  'detail.Sillano-Giuncugnano.per1000inhabitants': {
    it: 'Sillano-Giuncugnano · imprese ogni 1.000 abitanti',
    en: 'Sillano-Giuncugnano · businesses per 1,000 inhabitants',
  },
  'detail.Castelnuovo di Garfagnana.per1000inhabitants': {
    it: 'Castelnuovo di Garfagnana · imprese ogni 1.000 abitanti',
    en: 'Castelnuovo di Garfagnana · businesses per 1,000 inhabitants',
  },
  'detail.Piazza al Serchio.per1000inhabitants': {
    it: 'Piazza al Serchio · imprese ogni 1.000 abitanti',
    en: 'Piazza al Serchio · businesses per 1,000 inhabitants',
  },

  // it_tos_household_income
  Italia_consumptionGrowthPct_currentPrices: {
    it: 'Italia · consumi delle famiglie, variazione % (prezzi correnti)',
    en: 'Italy · household consumption, % change (current prices)',
  },
  Italia_disposableIncomeGrowthPct: {
    it: 'Italia · reddito disponibile, variazione %',
    en: 'Italy · disposable income, % change',
  },
  Italia_perCapitaIncomeEUR: {
    it: 'Italia · reddito disponibile pro capite, euro',
    en: 'Italy · disposable income per capita, EUR',
  },
  Italia_perCapitaIncomeEUR_2018_alt: {
    it: 'Italia · reddito disponibile pro capite 2018, euro (valore alternativo)',
    en: 'Italy · disposable income per capita 2018, EUR (alternative figure)',
  },
  Toscana_perCapitaIncomeEUR: {
    it: 'Toscana · reddito disponibile pro capite, euro',
    en: 'Tuscany · disposable income per capita, EUR',
  },
  Toscana_perCapitaIncomeGrowthPct: {
    it: 'Toscana · reddito disponibile pro capite, variazione %',
    en: 'Tuscany · disposable income per capita, % change',
  },
  Italia_durablesSpendingGrowthPct: {
    it: 'Italia · spesa per beni durevoli, variazione %',
    en: 'Italy · spending on durable goods, % change',
  },
  Toscana_durablesSpendingGrowthPct: {
    it: 'Toscana · spesa per beni durevoli, variazione %',
    en: 'Tuscany · spending on durable goods, % change',
  },

  // lu_durable_goods_spending: the categories' years are lines, so the categories are measures.
  'Auto nuove': { it: 'Auto nuove', en: 'New cars' },
  'Auto usate': { it: 'Auto usate', en: 'Used cars' },
  Motoveicoli: { it: 'Motoveicoli', en: 'Motorcycles' },
  'Elettrodomestici grandi e piccoli': {
    it: 'Elettrodomestici grandi e piccoli',
    en: 'Large and small household appliances',
  },
  'Elettronica di consumo': { it: 'Elettronica di consumo', en: 'Consumer electronics' },
  Mobili: { it: 'Mobili', en: 'Furniture' },
  'Information technology famiglia': {
    it: 'Information technology famiglia',
    en: 'Household information technology',
  },

  // lu_tourism_arrivals_presences
  arrivals: { it: 'Arrivi', en: 'Arrivals' },
  presences: { it: 'Presenze', en: 'Overnight stays' },
  'italiani.arrivi': { it: 'Italiani · arrivi', en: 'Italian guests · arrivals' },
  'italiani.presenze': { it: 'Italiani · presenze', en: 'Italian guests · overnight stays' },
  'stranieri.arrivi': { it: 'Stranieri · arrivi', en: 'Foreign guests · arrivals' },
  'stranieri.presenze': { it: 'Stranieri · presenze', en: 'Foreign guests · overnight stays' },
  'totale.arrivi': { it: 'Totale · arrivi', en: 'Total · arrivals' },
  'totale.presenze': { it: 'Totale · presenze', en: 'Total · overnight stays' },
  'changePct_2018_2017.italiani_arrivi': {
    it: 'Variazione % 2018/2017 · italiani, arrivi',
    en: '% change 2018/2017 · Italian guests, arrivals',
  },
  'changePct_2018_2017.italiani_presenze': {
    it: 'Variazione % 2018/2017 · italiani, presenze',
    en: '% change 2018/2017 · Italian guests, overnight stays',
  },
  'changePct_2018_2017.stranieri_arrivi': {
    it: 'Variazione % 2018/2017 · stranieri, arrivi',
    en: '% change 2018/2017 · foreign guests, arrivals',
  },
  'changePct_2018_2017.stranieri_presenze': {
    it: 'Variazione % 2018/2017 · stranieri, presenze',
    en: '% change 2018/2017 · foreign guests, overnight stays',
  },
  'changePct_2018_2017.totale_arrivi': {
    it: 'Variazione % 2018/2017 · totale, arrivi',
    en: '% change 2018/2017 · total, arrivals',
  },
  'changePct_2018_2017.totale_presenze': {
    it: 'Variazione % 2018/2017 · totale, presenze',
    en: '% change 2018/2017 · total, overnight stays',
  },
  'shareOfProvince.arrivi': {
    it: 'Quota sul totale provinciale · arrivi',
    en: 'Share of the province · arrivals',
  },
  'shareOfProvince.presenze': {
    it: 'Quota sul totale provinciale · presenze',
    en: 'Share of the province · overnight stays',
  },
  avgStayNights: { it: 'Permanenza media (notti)', en: 'Average stay (nights)' },
  'avgStayNights.italiani': {
    it: 'Permanenza media (notti) · italiani',
    en: 'Average stay (nights) · Italian guests',
  },
  'avgStayNights.stranieri': {
    it: 'Permanenza media (notti) · stranieri',
    en: 'Average stay (nights) · foreign guests',
  },
  'originShares.italiani_arrivi': {
    it: 'Quota per provenienza · italiani, arrivi',
    en: 'Share by origin · Italian guests, arrivals',
  },
  'originShares.italiani_presenze': {
    it: 'Quota per provenienza · italiani, presenze',
    en: 'Share by origin · Italian guests, overnight stays',
  },
  'originShares.stranieri_arrivi': {
    it: 'Quota per provenienza · stranieri, arrivi',
    en: 'Share by origin · foreign guests, arrivals',
  },
  'originShares.stranieri_presenze': {
    it: 'Quota per provenienza · stranieri, presenze',
    en: 'Share by origin · foreign guests, overnight stays',
  },

  // lu_tourism_stays
  avgStay: { it: 'Permanenza media', en: 'Average stay' },
  avgStayForeign: { it: 'Permanenza media stranieri', en: 'Average stay, foreign guests' },
  avgStayItalian: { it: 'Permanenza media italiani', en: 'Average stay, Italian guests' },
  avgStayHotel: { it: 'Permanenza media negli esercizi alberghieri', en: 'Average stay, hotels' },
  avgStayExtraHotel: {
    it: 'Permanenza media negli esercizi extra-alberghieri',
    en: 'Average stay, other accommodation than hotels',
  },
  foreignShareOfArrivalsPct: {
    it: 'Quota di stranieri sugli arrivi',
    en: 'Foreign guests, share of arrivals',
  },
  foreignShareOfPresencesPct: {
    it: 'Quota di stranieri sulle presenze',
    en: 'Foreign guests, share of overnight stays',
  },
  hotelShareOfArrivalsPct: {
    it: 'Quota degli esercizi alberghieri sugli arrivi',
    en: 'Hotels, share of arrivals',
  },
  hotelShareOfPresencesPct: {
    it: 'Quota degli esercizi alberghieri sulle presenze',
    en: 'Hotels, share of overnight stays',
  },

  // lu_bank_funding, lu_bank_lending
  depositsAndPostalSavings: { it: 'Depositi e risparmio postale', en: 'Deposits and postal savings' },
  indirectFunding: { it: 'Raccolta indiretta', en: 'Indirect funding' },
  performingLoans_impieghiVivi: { it: 'Impieghi vivi', en: 'Performing loans' },
  mediumLongTermStock: {
    it: 'Finanziamenti a medio e lungo termine, consistenza',
    en: 'Medium and long-term loans, stock',
  },
  mediumLongTermDisbursements: {
    it: 'Finanziamenti a medio e lungo termine, erogazioni',
    en: 'Medium and long-term loans, disbursements',
  },
  homeLoansStock: {
    it: "Finanziamenti per l'acquisto di abitazioni, consistenza",
    en: 'Home purchase loans, stock',
  },
  homeLoansDisbursements: {
    it: "Finanziamenti per l'acquisto di abitazioni, erogazioni",
    en: 'Home purchase loans, disbursements',
  },
  consumerCredit: { it: 'Credito al consumo', en: 'Consumer credit' },
  badLoans_sofferenze: { it: 'Sofferenze', en: 'Bad loans' },
  badPlusCriticalLoansShareOfTotalPct: {
    it: 'Sofferenze e crediti in criticità sul totale dei crediti',
    en: 'Bad and impaired loans, share of total loans',
  },

  // lu_interest_rates
  'rischiARevoca.imprese': { it: 'Rischi a revoca · imprese', en: 'Revocable loans · firms' },
  'rischiARevoca.famiglie': { it: 'Rischi a revoca · famiglie', en: 'Revocable loans · households' },
  'rischiARevoca.totale': { it: 'Rischi a revoca · totale', en: 'Revocable loans · total' },
  'rischiAScadenza.imprese': { it: 'Rischi a scadenza · imprese', en: 'Term loans · firms' },
  'rischiAScadenza.famiglie': { it: 'Rischi a scadenza · famiglie', en: 'Term loans · households' },
  'rischiAScadenza.totale': { it: 'Rischi a scadenza · totale', en: 'Term loans · total' },
  'rischiAutoliquidanti.imprese': {
    it: 'Rischi autoliquidanti · imprese',
    en: 'Self-liquidating loans · firms',
  },
  'rischiAutoliquidanti.famiglie': {
    it: 'Rischi autoliquidanti · famiglie',
    en: 'Self-liquidating loans · households',
  },
  'rischiAutoliquidanti.totale': {
    it: 'Rischi autoliquidanti · totale',
    en: 'Self-liquidating loans · total',
  },

  // lu_labour_force, lu_hiring_communications
  employed15plus: { it: 'Occupati (15 anni e oltre)', en: 'Employed (aged 15 and over)' },
  employmentRate15_64: { it: 'Tasso di occupazione 15-64 anni', en: 'Employment rate, aged 15-64' },
  jobSeekers: { it: 'Persone in cerca di lavoro', en: 'Job seekers' },
  unemploymentRate: { it: 'Tasso di disoccupazione', en: 'Unemployment rate' },
  'Uomini.employmentRate15_64': {
    it: 'Uomini · tasso di occupazione 15-64 anni',
    en: 'Men · employment rate, aged 15-64',
  },
  'Uomini.unemploymentRate': { it: 'Uomini · tasso di disoccupazione', en: 'Men · unemployment rate' },
  'Donne.employmentRate15_64': {
    it: 'Donne · tasso di occupazione 15-64 anni',
    en: 'Women · employment rate, aged 15-64',
  },
  'Donne.unemploymentRate': { it: 'Donne · tasso di disoccupazione', en: 'Women · unemployment rate' },
  employed: { it: 'Occupati', en: 'Employed' },
  employedChangeAbs: { it: 'Occupati, variazione assoluta', en: 'Employed, absolute change' },
  employedChangePct: { it: 'Occupati, variazione %', en: 'Employed, % change' },
  unemployed_2018: { it: 'Disoccupati, 2018', en: 'Unemployed, 2018' },
  unemployedChangeAbs: { it: 'Disoccupati, variazione assoluta', en: 'Unemployed, absolute change' },
  'men.absoluteChange': { it: 'Uomini · variazione assoluta', en: 'Men · absolute change' },
  'men.changePct': { it: 'Uomini · variazione %', en: 'Men · % change' },
  'women.absoluteChange': { it: 'Donne · variazione assoluta', en: 'Women · absolute change' },
  'women.changePct': { it: 'Donne · variazione %', en: 'Women · % change' },

  // lu_prometeia_forecasts: the periods and territories of each indicator
  '2013-2017.Lucca': { it: '2013-2017 · Lucca', en: '2013-2017 · Lucca' },
  '2013-2017.Toscana': { it: '2013-2017 · Toscana', en: '2013-2017 · Tuscany' },
  '2018-2022.Lucca': { it: '2018-2022 · Lucca', en: '2018-2022 · Lucca' },
  '2018-2022.Toscana': { it: '2018-2022 · Toscana', en: '2018-2022 · Tuscany' },

  // it_macro_programmatic: the variables' years are lines, so the variables are measures.
  'Commercio internazionale': { it: 'Commercio internazionale', en: 'World trade' },
  'Prezzo del petrolio in $ (Brent, futures)': {
    it: 'Prezzo del petrolio in $ (Brent, futures)',
    en: 'Oil price in $ (Brent, futures)',
  },
  'Cambio dollaro/euro': { it: 'Cambio dollaro/euro', en: 'Dollar/euro exchange rate' },
  PIL: { it: 'PIL', en: 'GDP' },
  Importazioni: { it: 'Importazioni', en: 'Imports' },
  Esportazioni: { it: 'Esportazioni', en: 'Exports' },
  'Consumi finali nazionali': { it: 'Consumi finali nazionali', en: 'National final consumption' },
  'Consumi famiglie e ISP': {
    it: 'Consumi famiglie e ISP',
    en: 'Consumption of households and non-profit institutions',
  },
  'Spesa della PA': { it: 'Spesa della PA', en: 'General government spending' },
  Investimenti: { it: 'Investimenti', en: 'Investment' },

  // tos_economy_2018
  GDPgrowthPct_2018_IRPET: {
    it: 'PIL, variazione % 2018 (stima IRPET)',
    en: 'GDP, % change 2018 (IRPET estimate)',
  },
  exportsGrowthPct: { it: 'Esportazioni, variazione %', en: 'Exports, % change' },
  Italia_exportsGrowthPct: { it: 'Italia · esportazioni, variazione %', en: 'Italy · exports, % change' },
  activeFirmsChangePct: { it: 'Imprese attive, variazione %', en: 'Active businesses, % change' },
  employmentRatePct: { it: 'Tasso di occupazione', en: 'Employment rate' },
  employmentRateChangePts: {
    it: 'Tasso di occupazione, variazione in punti percentuali',
    en: 'Employment rate, change in percentage points',
  },
  youthEmploymentRatePct: { it: 'Tasso di occupazione giovanile', en: 'Youth employment rate' },
  unemploymentRatePct: { it: 'Tasso di disoccupazione', en: 'Unemployment rate' },
  unemploymentRateChangePts: {
    it: 'Tasso di disoccupazione, variazione in punti percentuali',
    en: 'Unemployment rate, change in percentage points',
  },
  longTermUnemploymentPct: {
    it: 'Tasso di disoccupazione di lunga durata',
    en: 'Long-term unemployment rate',
  },
  longTermUnemploymentChangePts: {
    it: 'Tasso di disoccupazione di lunga durata, variazione in punti percentuali',
    en: 'Long-term unemployment rate, change in percentage points',
  },
  CIGworkersShareOfEmployeesPct: {
    it: 'Lavoratori in CIG sul totale degli occupati dipendenti',
    en: 'Workers on wage supplementation (CIG), share of employees',
  },
  localGovFixedInvestmentGrowthPct: {
    it: 'Investimenti fissi degli enti territoriali, variazione %',
    en: 'Local government fixed investment, % change',
  },

  // tos_defr_regional_projects
  total_2019_2021_prose: { it: 'Totale 2019-2021 (dal testo)', en: 'Total 2019-2021 (from the text)' },
  newDebtCap_EURbillion: {
    it: 'Limite al nuovo indebitamento, miliardi di euro',
    en: 'Cap on new borrowing, EUR billion',
  },
  spendingCapacityCut2019: {
    it: 'Riduzione della capacità di spesa 2019',
    en: 'Reduction of spending capacity 2019',
  },
  cut_stateResources: {
    it: 'Riduzione, da tagli alle risorse statali',
    en: 'Reduction, from cuts in state resources',
  },
  cut_endogenous: {
    it: 'Riduzione, endogena al bilancio regionale',
    en: 'Reduction, arising within the regional budget',
  },
  cut_rigidSpending: { it: 'Riduzione, sulla spesa rigida', en: 'Reduction, on fixed spending' },
  cut_discretionaryPolicies: {
    it: 'Riduzione, sulle politiche discrezionali',
    en: 'Reduction, on discretionary policies',
  },
  uncovered_rigid: { it: 'Non coperto, spesa rigida', en: 'Not covered, fixed spending' },
  uncovered_total: { it: 'Non coperto, totale', en: 'Not covered, total' },
  prsRegionalProjects: { it: 'Progetti regionali del PRS', en: 'Regional projects of the PRS' },

  // tos_eu_funds_2014_2020
  EU_cohesionPolicy_2014_2020_EURbillion: {
    it: 'Politica di coesione UE 2014-2020, miliardi di euro',
    en: 'EU cohesion policy 2014-2020, EUR billion',
  },
  EU_cohesionPolicy_inclNational_EURbillion_approx: {
    it: 'Politica di coesione UE con i contributi nazionali, miliardi di euro (circa)',
    en: 'EU cohesion policy with national contributions, EUR billion (approx.)',
  },
  POR_FSE_total: { it: 'POR FSE, dotazione totale', en: 'POR FSE (ESF), total allocation' },
  POR_FSE_EU: { it: 'POR FSE, quota Unione europea', en: 'POR FSE (ESF), European Union share' },
  POR_FSE_State: { it: 'POR FSE, quota Stato', en: 'POR FSE (ESF), State share' },
  POR_FSE_Region: { it: 'POR FSE, quota Regione', en: 'POR FSE (ESF), Region share' },
  POR_FESR_total: { it: 'POR FESR, dotazione totale', en: 'POR FESR (ERDF), total allocation' },
  POR_FESR_EU: { it: 'POR FESR, quota Unione europea', en: 'POR FESR (ERDF), European Union share' },
  POR_FESR_State: { it: 'POR FESR, quota Stato', en: 'POR FESR (ERDF), State share' },
  POR_FESR_Region: { it: 'POR FESR, quota Regione', en: 'POR FESR (ERDF), Region share' },
  POR_FESR_callsForFirms_toOct2018: {
    it: 'POR FESR, bandi per imprese e professionisti fino a ottobre 2018',
    en: 'POR FESR (ERDF), calls for firms and professionals to October 2018',
  },
  PSR_FEASR_public: { it: 'PSR FEASR, risorse pubbliche', en: 'PSR FEASR (EAFRD), public resources' },
  count: { it: 'Numero', en: 'Number' },
  firmsFunded: { it: 'Imprese finanziate', en: 'Firms funded' },
  projects: { it: 'Progetti approvati', en: 'Approved projects' },
  beneficiaries: { it: 'Beneficiari', en: 'Beneficiaries' },
  remainingEURmillion_approx: {
    it: 'Risorse ancora disponibili, milioni di euro (circa)',
    en: 'Funds still available, EUR million (approx.)',
  },

  // cciaa_ri_processing
  avgProcessingDays_Sept2018: {
    it: 'Tempo medio di lavorazione delle pratiche, giorni (settembre 2018)',
    en: 'Average processing time of filings, days (September 2018)',
  },
  targetMaxDays: { it: 'Obiettivo, tempo massimo in giorni', en: 'Target, maximum days' },
  avgSuspensionDays_Sept2018: {
    it: 'Durata media della sospensione, giorni (settembre 2018)',
    en: 'Average suspension time, days (September 2018)',
  },
  suspendedFilingsSharePct: { it: 'Quota di pratiche sospese', en: 'Share of filings suspended' },
  target2020_maxSuspensionDays: {
    it: 'Obiettivo 2020, durata massima della sospensione in giorni',
    en: 'Target 2020, maximum suspension days',
  },

  // cciaa_adr_satisfaction
  serviceRating: { it: 'Gradimento del servizio', en: 'Service rating' },
  mediatorRating: { it: "Giudizio sull'attività del mediatore", en: "Rating of the mediator's work" },
  targetMin: { it: 'Obiettivo minimo', en: 'Minimum target' },

  // cciaa_customer_satisfaction
  overall: { it: 'Gradimento complessivo degli sportelli', en: 'Overall desk satisfaction' },
  marchiBrevetti: { it: 'Sportello Marchi e brevetti', en: 'Trademarks and patents desk' },
  finanziamentiNuovaImpresa: {
    it: 'Sportelli Finanziamenti e Nuova impresa',
    en: 'Funding and New business desks',
  },
  finanziamenti: { it: 'Sportello Finanziamenti', en: 'Funding desk' },
  nuovaImpresa: { it: 'Sportello Nuova impresa', en: 'New business desk' },
  questionnaires: { it: 'Questionari raccolti', en: 'Questionnaires collected' },
  training_overall: { it: 'Formazione · giudizio complessivo', en: 'Training · overall rating' },
  training_events: { it: 'Formazione · eventi svolti', en: 'Training · events held' },
  training_participants: { it: 'Formazione · partecipanti', en: 'Training · participants' },
  training_eventsSurveyed: { it: 'Formazione · eventi con questionario', en: 'Training · events surveyed' },
  training_questionnaires: {
    it: 'Formazione · questionari raccolti',
    en: 'Training · questionnaires collected',
  },

  // cciaa_budget_result
  result: { it: "Risultato d'esercizio", en: 'Result for the year' },
  forecast_2018_approx: { it: 'Risultato previsto 2018 (circa)', en: 'Forecast result 2018 (approx.)' },
  patrimonioNettoDisponibileEffettivo: {
    it: 'Patrimonio netto disponibile effettivo',
    en: 'Effective available net equity',
  },

  // cciaa_annual_fee_recovery
  fee2018_pecReminders_Jan2019: {
    it: 'Diritto annuale 2018 · solleciti via PEC (gennaio 2019)',
    en: 'Annual fee 2018 · reminders by certified email (January 2019)',
  },
  fee2018_incompletePositions_Apr2019: {
    it: 'Diritto annuale 2018 · posizioni incomplete (aprile 2019)',
    en: 'Annual fee 2018 · incomplete payments (April 2019)',
  },
  fee2018_collectedJanSep2019_EUR_approx: {
    it: 'Diritto annuale 2018 · incassato gennaio-settembre 2019, euro (circa)',
    en: 'Annual fee 2018 · collected January-September 2019, EUR (approx.)',
  },
  fee2017_incompleteWithPec: {
    it: 'Diritto annuale 2017 · posizioni incomplete con PEC',
    en: 'Annual fee 2017 · incomplete payments with certified email',
  },
  fee2017_omittedWithValidPec: {
    it: 'Diritto annuale 2017 · omessi pagamenti con PEC valida',
    en: 'Annual fee 2017 · unpaid with a valid certified email',
  },
  fee2017_collected_EUR_approx: {
    it: 'Diritto annuale 2017 · incassato, euro (circa)',
    en: 'Annual fee 2017 · collected, EUR (approx.)',
  },

  // cciaa_job_creation_courses
  secondLevelAssistancePaths_30Sep2019: {
    it: 'Percorsi di assistenza specialistica di II livello (al 30 settembre 2019)',
    en: 'Second-level specialist assistance paths (at 30 September 2019)',
  },
  maxFundedHoursPerBeneficiary: {
    it: 'Ore finanziate per beneficiario, massimo',
    en: 'Funded hours per beneficiary, maximum',
  },
  participants: { it: 'Partecipanti', en: 'Participants' },
  participantsTotal_derived: { it: 'Partecipanti, totale (calcolato)', en: 'Participants, total (computed)' },

  // cciaa_school_work
  schoolsWithTriennialProtocol: {
    it: 'Istituti scolastici con protocollo triennale',
    en: 'Schools with a three-year agreement',
  },
  RASL_registered_30Sep2019: {
    it: 'Iscritti al RASL (al 30 settembre 2019)',
    en: 'Registered in the school-work register RASL (at 30 September 2019)',
  },
  voucherBudget_EUR: { it: 'Voucher, stanziamento in euro', en: 'Vouchers, budget in EUR' },
  voucherPerPath_EUR: { it: 'Voucher per percorso, euro', en: 'Voucher per pathway, EUR' },
  voucherMaxPathsPerHost: {
    it: 'Voucher, percorsi massimi per soggetto ospitante',
    en: 'Vouchers, maximum pathways per host',
  },
  voucherBooked_30Sep2019_EUR_approx: {
    it: 'Voucher prenotati al 30 settembre 2019, euro (circa)',
    en: 'Vouchers booked at 30 September 2019, EUR (approx.)',
  },

  // cciaa_musa_events_2019
  eventsAtWriting: { it: 'Eventi svolti (alla stesura)', en: 'Events held (at the time of writing)' },
  attendancesAtWriting: { it: 'Presenze (alla stesura)', en: 'Attendance (at the time of writing)' },
  calendarTotalAttendances: { it: 'Presenze, totale del calendario', en: 'Attendance, whole calendar' },
  attendees: { it: 'Presenze', en: 'Attendance' },

  // cciaa_nautical_events_2019: YARE (Yachting Aftersales and Refit Experience) and VYR
  YARE_edition: { it: 'YARE · edizione', en: 'YARE · edition' },
  YARE_faceToFaceMeetings: { it: 'YARE · incontri face to face', en: 'YARE · face-to-face meetings' },
  YARE_firms: { it: 'YARE · imprese partecipanti', en: 'YARE · participating firms' },
  YARE_captains: { it: 'YARE · comandanti', en: 'YARE · captains' },
  YARE_forumAttendees_min: {
    it: 'YARE · presenti al Superyacht Captains Forum (almeno)',
    en: 'YARE · Superyacht Captains Forum attendees (at least)',
  },
  YARE_galaGuests_approx: {
    it: 'YARE · ospiti della serata di gala (circa)',
    en: 'YARE · gala guests (approx.)',
  },
  VYR_edition: {
    it: 'Versilia Yachting Rendez-vous · edizione',
    en: 'Versilia Yachting Rendez-vous · edition',
  },
  VYR_exhibitors: {
    it: 'Versilia Yachting Rendez-vous · espositori',
    en: 'Versilia Yachting Rendez-vous · exhibitors',
  },
  VYR_shipyards: {
    it: 'Versilia Yachting Rendez-vous · cantieri',
    en: 'Versilia Yachting Rendez-vous · shipyards',
  },
  VYR_visitors: {
    it: 'Versilia Yachting Rendez-vous · visitatori',
    en: 'Versilia Yachting Rendez-vous · visitors',
  },
  VYR_professionalVisitors: {
    it: 'Versilia Yachting Rendez-vous · operatori professionali',
    en: 'Versilia Yachting Rendez-vous · trade visitors',
  },
  VYR_boatsShown_min: {
    it: 'Versilia Yachting Rendez-vous · imbarcazioni presentate (almeno)',
    en: 'Versilia Yachting Rendez-vous · boats shown (at least)',
  },
  VYR_avgBoatLength_m_min: {
    it: 'Versilia Yachting Rendez-vous · lunghezza media delle imbarcazioni, metri (almeno)',
    en: 'Versilia Yachting Rendez-vous · average boat length, metres (at least)',
  },

  // cciaa_promotion_actions_2019
  journalists: { it: 'Giornalisti', en: 'Journalists' },
  journalists_approx: { it: 'Giornalisti (circa)', en: 'Journalists (approx.)' },
  days: { it: 'Giorni', en: 'Days' },
  buyers: { it: 'Buyer', en: 'Buyers' },
  lunchGuests_min: { it: 'Ospiti al pranzo (almeno)', en: 'Lunch guests (at least)' },
  firms: { it: 'Imprese', en: 'Firms' },

  // cciaa_staff
  inService: { it: 'In servizio', en: 'In service' },
  establishment: { it: 'Dotazione organica', en: 'Establishment plan' },
  inServiceTotal_derived: { it: 'In servizio, totale (calcolato)', en: 'In service, total (computed)' },
  establishmentTotal_derived: {
    it: 'Dotazione organica, totale (calcolato)',
    en: 'Establishment plan, total (computed)',
  },
};

export const DIMENSION_LABELS: DataLabels = {
  area_2018: { it: 'Area, 2018', en: 'Area, 2018' },
  area_x_origin_2018: { it: 'Area e provenienza, 2018', en: 'Area and origin, 2018' },
  category: { it: 'Categoria', en: 'Category' },
  contractType_2018: { it: 'Tipo di contratto, 2018', en: 'Contract type, 2018' },
  destination_2018: { it: 'Area di destinazione, 2018', en: 'Destination area, 2018' },
  division_x_legalForm: {
    it: 'Divisione di attività e forma giuridica',
    en: 'Economic division and legal form',
  },
  exportSectorChangePct_2018: {
    it: 'Esportazioni per settore, variazione %, 2018',
    en: 'Exports by sector, % change, 2018',
  },
  gender: { it: 'Genere', en: 'Gender' },
  gender_2018: { it: 'Genere, 2018', en: 'Gender, 2018' },
  indicator_x_period_x_territory: {
    it: 'Indicatore, periodo e territorio',
    en: 'Indicator, period and territory',
  },
  jobCentre_CPI_2018: { it: "Centro per l'impiego (CPI), 2018", en: 'Job centre (CPI), 2018' },
  landUseSharePct_2018: {
    it: 'Utilizzo della superficie agricola, quota %, 2018',
    en: 'Agricultural land use, % share, 2018',
  },
  legalForm_2018: { it: 'Forma giuridica, 2018', en: 'Legal form, 2018' },
  openFieldProductionChangePct_2018: {
    it: 'Produzione in piena aria, variazione %, 2018',
    en: 'Open-field production, % change, 2018',
  },
  quarter_2018: { it: 'Trimestre, 2018', en: 'Quarter, 2018' },
  retailByArea_2018: { it: 'Commercio al dettaglio per area, 2018', en: 'Retail trade by area, 2018' },
  retailType_2018: { it: 'Tipo di commercio al dettaglio, 2018', en: 'Type of retail trade, 2018' },
  sector_2018: { it: 'Settore, 2018', en: 'Sector, 2018' },
  sector_2018_changePct: { it: 'Settore, variazione % 2018', en: 'Sector, % change 2018' },
  segment_2018: { it: 'Comparto, 2018', en: 'Segment, 2018' },
  service_subsector_changePct_2018: {
    it: 'Comparto dei servizi, variazione %, 2018',
    en: 'Service sub-sector, % change, 2018',
  },
  subsector_share: { it: 'Comparto manifatturiero, quote', en: 'Manufacturing sub-sector, shares' },
  territory_x_risk_x_borrower: {
    it: 'Territorio, tipo di rischio e clientela',
    en: 'Territory, risk type and borrower',
  },
  type_2018: { it: 'Tipologia, 2018', en: 'Type, 2018' },
  variable_x_year: { it: 'Variabile e anno', en: 'Variable and year' },
  // Regional and EU programmes
  project_item: { it: 'Progetto regionale e intervento', en: 'Regional project and intervention' },
  POR_FSE_axes: { it: 'Assi del POR FSE', en: 'POR FSE (ESF) priority axes' },
  POR_FESR_beneficiaries_Oct2018: {
    it: 'Beneficiari del POR FESR, ottobre 2018',
    en: 'POR FESR (ERDF) beneficiaries, October 2018',
  },
  POR_FESR_calls: { it: 'Bandi del POR FESR', en: 'POR FESR (ERDF) calls' },
  // The chamber's own activity
  course: { it: 'Corso', en: 'Course' },
  event: { it: 'Evento', en: 'Event' },
  action: { it: 'Azione promozionale', en: 'Promotion action' },
  VYR_visitorOriginPct: {
    it: 'Versilia Yachting Rendez-vous, provenienza dei visitatori',
    en: 'Versilia Yachting Rendez-vous, visitors by origin',
  },
};

export const UNIT_LABELS: DataLabels = {
  '%': { it: '%', en: '%' },
  '% change y/y': { it: 'variazione % tendenziale', en: '% change year on year' },
  '% change vs previous year': { it: "variazione % sull'anno precedente", en: '% change on previous year' },
  '% change unless stated': { it: 'variazione %, salvo diversa indicazione', en: '% change unless stated' },
  '% average annual change (chained prices) unless stated': {
    it: 'variazione % media annua (prezzi concatenati), salvo diversa indicazione',
    en: '% average annual change (chained prices) unless stated',
  },
  '% of GDP': { it: '% del PIL', en: '% of GDP' },
  EUR: { it: 'euro', en: 'EUR' },
  'EUR / %': { it: 'euro / %', en: 'EUR / %' },
  'EUR million': { it: 'milioni di euro', en: 'EUR million' },
  'EUR million (current prices)': {
    it: 'milioni di euro (prezzi correnti)',
    en: 'EUR million (current prices)',
  },
  'EUR million / %': { it: 'milioni di euro / %', en: 'EUR million / %' },
  'EUR million / % change': { it: 'milioni di euro / variazione %', en: 'EUR million / % change' },
  'EUR million / % of column': {
    it: 'milioni di euro / % sul totale della colonna',
    en: 'EUR million / % of column total',
  },
  'EUR million / count': { it: 'milioni di euro / numero', en: 'EUR million / number' },
  count: { it: 'numero', en: 'number' },
  'count / %': { it: 'numero / %', en: 'number / %' },
  'count / % change': { it: 'numero / variazione %', en: 'number / % change' },
  'count / EUR': { it: 'numero / euro', en: 'number / EUR' },
  persons: { it: 'persone', en: 'persons' },
  'persons / %': { it: 'persone / %', en: 'persons / %' },
  participants: { it: 'partecipanti', en: 'participants' },
  attendees: { it: 'presenze', en: 'attendance' },
  hours: { it: 'ore', en: 'hours' },
  'days / %': { it: 'giorni / %', en: 'days / %' },
  'days vs 30-day term (negative = early)': {
    it: 'giorni rispetto al termine di 30 giorni (negativo = in anticipo)',
    en: 'days against the 30-day term (negative = early)',
  },
  'nights / %': { it: 'notti / %', en: 'nights / %' },
  'hectares / %': { it: 'ettari / %', en: 'hectares / %' },
  'score 1-5': { it: 'punteggio da 1 a 5', en: 'score from 1 to 5' },
  'score (scale not stated, values up to 10)': {
    it: 'punteggio (scala non indicata, valori fino a 10)',
    en: 'score (scale not stated, values up to 10)',
  },
};

const TABLES: Record<DataLabelKind, DataLabels> = {
  measure: MEASURE_LABELS,
  dimension: DIMENSION_LABELS,
  unit: UNIT_LABELS,
};

/** The language of the labels for a locale: "en", "en-GB" are English, anything else Italian. */
export function labelLanguage(locale: string): DataLabelLanguage {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'it';
}

/**
 * A data key as words in the page's language. Keys the tables do not know (series uploaded later)
 * are humanised: a known suffix still becomes its qualifier ("(circa)"), a dotted path is named
 * part by part, keeping names ("Viareggio", "Comune di Lucca") as written; a unit stays as written.
 */
export function dataLabel(kind: DataLabelKind, key: string, locale: string): string {
  const language = labelLanguage(locale);
  const known = TABLES[kind][key];
  if (known) return known[language];
  return kind === 'unit' ? key : unknownLabel(TABLES[kind], key, language);
}

const QUALIFIED = new RegExp(`^(.+)_(${Object.keys(QUALIFIERS).join('|')})$`);

function unknownLabel(table: DataLabels, key: string, language: DataLabelLanguage): string {
  const qualified = QUALIFIED.exec(key);
  if (qualified) {
    const base = table[qualified[1]]?.[language] ?? unknownLabel(table, qualified[1], language);
    return `${base} (${QUALIFIERS[qualified[2]][language]})`;
  }
  if (!key.includes('.')) return humaniseName(key);
  return key
    .split('.')
    .map((segment, index) => {
      if (isName(segment)) return segment;
      const words = table[segment]?.[language] ?? humaniseName(segment);
      return index === 0 ? words : lowerFirst(words);
    })
    .join(' · ');
}

/** "Viareggio", "Comune di Lucca", "2013-2017": written as they are, not humanised. */
function isName(segment: string): boolean {
  return (
    /\s/.test(segment) ||
    /^[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ]+)*$/.test(segment) ||
    !/[A-Za-z]/.test(segment)
  );
}

/** "Variazione %" inside a path reads "variazione %"; acronyms ("PIL") keep their capitals. */
function lowerFirst(words: string): string {
  return /^[A-Z][a-z]/.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}
