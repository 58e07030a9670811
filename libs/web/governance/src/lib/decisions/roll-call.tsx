import type { DecisionsPageQuery } from '@piano2030/web-core';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { ReferenceNames } from '../reference/use-reference-names';

type Ballot = DecisionsPageQuery['decisions'][number]['ballots'][number];

const ROLE_ORDER = { CHAIR: 0, VICE_CHAIR: 1, MEMBER: 2, SECRETARY: 3 } as const;

/** How each seat voted, and who cast the ballot (the member, or the alternate they delegated to). */
export function RollCall({
  reference,
  ballots,
  names,
}: {
  reference: string;
  ballots: readonly Ballot[];
  names: ReferenceNames;
}) {
  const { t } = useTranslation();
  if (ballots.length === 0) return <p className="mb-0">{t('governance.decisions.rollCall.empty')}</p>;
  const rows = [...ballots].sort(
    (a, b) =>
      ROLE_ORDER[a.seat.role] - ROLE_ORDER[b.seat.role] ||
      (a.seat.partyCode ?? '').localeCompare(b.seat.partyCode ?? '') ||
      a.seat.person.displayName.localeCompare(b.seat.person.displayName),
  );
  return (
    <Table size="sm" className="mb-0">
      <caption className="caption-top fw-semibold text-body">
        {t('governance.decisions.rollCall.caption', { reference })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('governance.decisions.rollCall.seat')}</th>
          <th scope="col">{t('governance.decisions.rollCall.role')}</th>
          <th scope="col">{t('governance.decisions.rollCall.party')}</th>
          <th scope="col">{t('governance.decisions.rollCall.choice')}</th>
          <th scope="col">{t('governance.decisions.rollCall.castBy')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((ballot) => (
          <tr key={ballot.seat.id}>
            <th scope="row" className="fw-normal">
              {ballot.seat.person.displayName}
            </th>
            <td>{t(`governance.roles.${ballot.seat.role}`)}</td>
            <td>
              {ballot.seat.partyCode ? names.partyShort(ballot.seat.partyCode) : t('governance.noValue')}
            </td>
            <td className="fw-semibold">{t(`governance.choices.${ballot.choice}`)}</td>
            <td>{ballot.castBy.displayName}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
