import type { MigrationInterface, QueryRunner } from 'typeorm';

const text = (it: string, en: string) => JSON.stringify({ it, en });

/**
 * The two bodies of the protocol. The Cabina di Regia (Art. 4): six seats, three designated by each
 * Parte; it decides with at least four members present and both Parti among them, and votes stay
 * secret until closed. The Comitato operativo (Art. 5): appointed by the Cabina, no fixed size,
 * majority of its members as quorum.
 */
export class GovernanceInsertBodies1795308882300 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    const insert = `INSERT INTO bodies (code, kind, position, name, description, seats, seats_per_party, voting_rules, results_hidden_until_close)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;
    await queryRunner.query(insert, [
      'CABINA_DI_REGIA',
      'STEERING_BOARD',
      1,
      text('Cabina di Regia', 'Steering board (Cabina di Regia)'),
      text(
        "Coordina e monitora lo sviluppo, la stesura, la condivisione e l'adozione del Piano. Sei componenti designati in parti uguali dalla Provincia di Lucca e dalla Camera di Commercio di Lucca; adotta il piano di lavoro proposto dal Comitato operativo (Art. 4).",
        'Coordinates and monitors the development, drafting, sharing and adoption of the plan. Six members designated in equal parts by the Province of Lucca and the Lucca Chamber of Commerce; adopts the work plan proposed by the operational committee (Art. 4).',
      ),
      6,
      3,
      JSON.stringify({
        quorum: { kind: 'AT_LEAST', members: 4 },
        eachPartyPresent: true,
        doubleMajority: false,
        abstentionsCountAsCast: false,
        chairCastingVote: false,
      }),
      true,
    ]);
    await queryRunner.query(insert, [
      'COMITATO_OPERATIVO',
      'OPERATIONAL_COMMITTEE',
      2,
      text('Comitato operativo', 'Operational committee (Comitato operativo)'),
      text(
        'Nominato dalla Cabina di Regia, le propone ogni tre mesi un piano di lavoro articolato in fasi e ambiti d’intervento ed è responsabile della sua esecuzione (Art. 5).',
        'Appointed by the steering board, it proposes a work plan every three months, broken down by phases and intervention areas, and is responsible for carrying it out (Art. 5).',
      ),
      null,
      null,
      JSON.stringify({
        quorum: { kind: 'MAJORITY_OF_MEMBERS' },
        eachPartyPresent: false,
        doubleMajority: false,
        abstentionsCountAsCast: false,
        chairCastingVote: true,
      }),
      false,
    ]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM bodies WHERE code IN ('CABINA_DI_REGIA', 'COMITATO_OPERATIVO')`);
  }
}
