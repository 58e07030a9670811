import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The protocol's fixed frame (Provincia di Lucca and Camera di Commercio di Lucca, 2020): the two
 * Parti, the eight intervention areas and six guidelines of Art. 3, and the process phases of
 * Art. 1, 2 and 6 with starting dates that administrators then adjust. Codes PS1-PS8 match
 * shared/data/rpp2020.json. Italian is the text of record; English is a translation.
 */
const PARTIES = [
  [
    'PROVINCIA_LUCCA',
    1,
    'Provincia di Lucca',
    'Province of Lucca',
    'Provincia',
    'Province',
    'https://www.provincia.lucca.it',
  ],
  [
    'CCIAA_LUCCA',
    2,
    'Camera di Commercio di Lucca',
    'Lucca Chamber of Commerce',
    'Camera di Commercio',
    'Chamber of Commerce',
    'https://www.lu.camcom.it',
  ],
] as const;

const AREAS = [
  [
    'PS1',
    'Infrastrutture materiali ed immateriali',
    'Physical and intangible infrastructure',
    'Strade, ferrovie, logistica e reti: i collegamenti stradali e ferroviari, la banda ultra larga dove ancora manca, le infrastrutture che rendono il territorio accessibile e connesso.',
    'Roads, railways, logistics and networks: road and rail links, ultra-broadband where it is still missing, the infrastructure that makes the territory accessible and connected.',
  ],
  [
    'PS2',
    "Tutela dell'ambiente e sostenibilità",
    'Environmental protection and sustainability',
    "La protezione dell'ambiente e del territorio e una spinta alla sostenibilità a tutto tondo: logistica, abitazioni, sistemi produttivi, mobilità di persone e merci.",
    'Protecting the environment and the territory, and a push for sustainability across the board: logistics, housing, production systems, mobility of people and goods.',
  ],
  [
    'PS3',
    'Digitalizzazione e Smart city',
    'Digitalisation and smart city',
    'La transizione digitale di imprese, cittadini e pubbliche amministrazioni: competenze, servizi in rete e le pratiche della «Smart city».',
    'The digital transition of businesses, citizens and public administrations: skills, online services and "smart city" practice.',
  ],
  [
    'PS4',
    'Economia civile ed economia circolare',
    'Civil economy and circular economy',
    'Modelli che uniscono mercato e solidarietà (attenzione alla persona, reciprocità, comunità) e imprese che riprogettano le filiere per usare meglio le risorse e chiudere i cicli.',
    'Models that join the market with solidarity (care for the person, reciprocity, community) and businesses that redesign supply chains to use resources better and close the loop.',
  ],
  [
    'PS5',
    'Valorizzazione dei prodotti e delle filiere produttive',
    'Enhancing products and production chains',
    "I settori portanti dell'economia lucchese (cartario, nautica, meccanica, lapideo, calzaturiero, artigianato, agricoltura con le sue tipicità) e la loro competitività.",
    "The mainstays of Lucca's economy (paper, boatbuilding, engineering, stone, footwear, crafts, farming and its local specialities) and their competitiveness.",
  ],
  [
    'PS6',
    'Valorizzazione del Turismo e della Cultura',
    'Enhancing tourism and culture',
    'Il patrimonio culturale, artistico e naturale e la sua promozione, da «The lands of Giacomo Puccini» ai flussi turistici da ricostruire dopo la pandemia.',
    'The cultural, artistic and natural heritage and its promotion, from "The lands of Giacomo Puccini" to rebuilding tourism after the pandemic.',
  ],
  [
    'PS7',
    'Internazionalizzazione delle imprese e sviluppo del marketing territoriale',
    'Business internationalisation and territorial marketing',
    "L'accompagnamento delle imprese sui mercati esteri e la promozione dell'immagine del territorio per attrarre investimenti, visitatori e competenze.",
    "Supporting businesses on foreign markets and promoting the territory's image to attract investment, visitors and skills.",
  ],
  [
    'PS8',
    'Semplificazione della P.A.',
    'Public administration simplification',
    'Procedure più semplici e tempi certi per cittadini e imprese, grazie alla cooperazione tra Provincia, Camera di Commercio e Comuni.',
    'Simpler procedures and reliable timescales for citizens and businesses, through cooperation between the Province, the Chamber of Commerce and the municipalities.',
  ],
] as const;

const GUIDELINES = [
  [
    'LI1',
    'Capacità amministrativa',
    'Administrative capacity',
    'Potenziare la capacità amministrativa e di risposta della Provincia di Lucca e della Camera di Commercio (Enti Parte) alle esigenze del territorio, cooperando nel settore della pianificazione strategica dello sviluppo locale e stimolando comportamenti analoghi da parte delle amministrazioni pubbliche locali.',
    "Strengthen the administrative capacity of the Province of Lucca and the Chamber of Commerce and their response to the territory's needs, cooperating in the strategic planning of local development and encouraging local public administrations to do the same.",
  ],
  [
    'LI2',
    'Sostenibilità a tutto tondo',
    'Sustainability across the board',
    'Avviare sul territorio un processo di spinta alla sostenibilità a tutto tondo, inclusiva degli aspetti connessi alla logistica, alle abitazioni, ai sistemi produttivi.',
    'Start a push for sustainability across the board in the territory, including logistics, housing and production systems.',
  ],
  [
    'LI3',
    'Viabilità, ferrovia e mobilità sostenibile',
    'Roads, rail and sustainable mobility',
    'Potenziare il sistema della viabilità e del trasporto ferroviario, incrementare la sicurezza stradale e rendere più sostenibile la mobilità, sviluppando interventi integrati e coordinati per promuovere la mobilità sostenibile delle persone e delle merci in un’ottica di inclusione sociale, equità e sicurezza oltre che di miglioramento della qualità ambientale.',
    'Strengthen roads and rail transport, improve road safety and make mobility more sustainable, with integrated and coordinated interventions for the sustainable mobility of people and goods that serve social inclusion, fairness, safety and a better environment.',
  ],
  [
    'LI4',
    'Patrimonio culturale e ambiente',
    'Cultural heritage and environment',
    "Valorizzare il patrimonio culturale, artistico, architettonico, incrementare la sicurezza e la protezione dell'ambiente, garantendo la tutela e l'integrità fisica e l'identità culturale del territorio.",
    "Enhance the cultural, artistic and architectural heritage, increase the safety and protection of the environment, and safeguard the territory's physical integrity and cultural identity.",
  ],
  [
    'LI5',
    'Transizione digitale e Smart city',
    'Digital transition and smart city',
    'Accelerare la transizione al digitale del territorio, avviando un percorso di sensibilizzazione e sviluppando progetti congiunti volti a diffondere le competenze necessarie per applicare le pratiche e il concetto di «Smart city».',
    'Accelerate the digital transition of the territory, raising awareness and developing joint projects that spread the skills needed to apply "smart city" practice.',
  ],
  [
    'LI6',
    'Capitalizzare i progetti di sistema',
    'Building on system projects',
    'Capitalizzare e trasferire su tutto il territorio i risultati del progetto «Province & Comuni» di UPI, finalizzato a garantire maggiore efficacia e semplificazione delle azioni dell’amministrazione, e quelli dei progetti di sistema di Unioncamere.',
    'Build on and transfer across the territory the results of the UPI "Province & Comuni" project, aimed at more effective and simpler administration, and those of the Unioncamere system projects.',
  ],
] as const;

const PHASES = [
  [
    'CONTEXT_ANALYSIS',
    'Analisi di contesto',
    'Context analysis',
    '2020-10-01',
    '2021-01-31',
    'Per ogni ambito, i punti di forza e di debolezza del territorio, poi le opportunità e le minacce del prossimo decennio, con indicatori e documenti a sostegno (Art. 2).',
    "For each area, the territory's strengths and weaknesses, then the opportunities and threats of the next decade, backed by indicators and documents (Art. 2).",
  ],
  [
    'LISTENING',
    'Ascolto e partecipazione',
    'Listening and participation',
    '2021-01-15',
    '2021-04-30',
    'Informazione e ascolto di tutti gli stakeholder del territorio, istituzionali e non, per raccogliere istanze, osservazioni e proposte (Art. 2).',
    'Information and listening towards all stakeholders, institutional or not, to collect requests, observations and proposals (Art. 2).',
  ],
  [
    'PRIORITIES_AND_INTERVENTIONS',
    'Priorità e interventi',
    'Priorities and interventions',
    '2021-03-01',
    '2021-05-31',
    'Per ogni ambito, le priorità strategiche e gli interventi da realizzare entro il 2030, con le risorse finanziarie, i tempi e i soggetti da coinvolgere (Art. 2).',
    'For each area, the strategic priorities and the interventions to carry out by 2030, with the financial resources, timing and actors to involve (Art. 2).',
  ],
  [
    'ADOPTION',
    'Adozione del Piano',
    'Adoption of the plan',
    '2021-06-01',
    '2021-06-30',
    'La Cabina di Regia adotta il Piano Strategico 2030, da realizzare entro il 30 giugno 2021 (Art. 1 e 4).',
    'The Cabina di Regia adopts the Piano Strategico 2030, due by 30 June 2021 (Art. 1 and 4).',
  ],
  [
    'PROMOTION',
    'Diffusione e promozione',
    'Promotion and dissemination',
    '2021-07-01',
    '2021-12-31',
    'Le Parti promuovono la strategia sul territorio e a livello regionale (Art. 6).',
    'The two bodies promote the strategy locally and at regional level (Art. 6).',
  ],
  [
    'MONITORING',
    'Monitoraggio',
    'Monitoring',
    '2022-01-01',
    '2030-12-31',
    "L'attuazione degli interventi viene seguita e resa pubblica fino al 2030.",
    'The interventions are followed and reported publicly until 2030.',
  ],
] as const;

const text = (it: string, en: string) => JSON.stringify({ it, en });

export class ReferenceInsertProtocolData1795305317700 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [code, position, nameIt, nameEn, shortIt, shortEn, website] of PARTIES) {
      await queryRunner.query(
        'INSERT INTO parties (code, position, name, short_name, website) VALUES ($1, $2, $3, $4, $5)',
        [code, position, text(nameIt, nameEn), text(shortIt, shortEn), website],
      );
    }
    for (const [index, [code, nameIt, nameEn, descIt, descEn]] of AREAS.entries()) {
      await queryRunner.query(
        'INSERT INTO intervention_areas (code, position, name, description) VALUES ($1, $2, $3, $4)',
        [code, index + 1, text(nameIt, nameEn), text(descIt, descEn)],
      );
    }
    for (const [index, [code, titleIt, titleEn, descIt, descEn]] of GUIDELINES.entries()) {
      await queryRunner.query(
        'INSERT INTO guidelines (code, position, title, description) VALUES ($1, $2, $3, $4)',
        [code, index + 1, text(titleIt, titleEn), text(descIt, descEn)],
      );
    }
    for (const [index, [code, nameIt, nameEn, startsOn, endsOn, descIt, descEn]] of PHASES.entries()) {
      await queryRunner.query(
        'INSERT INTO process_phases (code, position, name, description, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6)',
        [code, index + 1, text(nameIt, nameEn), text(descIt, descEn), startsOn, endsOn],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['process_phases', 'guidelines', 'intervention_areas', 'parties']) {
      await queryRunner.query(`DELETE FROM ${table}`);
    }
  }
}
