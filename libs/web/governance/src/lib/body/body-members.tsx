import type { MembershipFieldsFragment } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { ReferenceNames } from '../reference/use-reference-names';

const ROLE_ORDER = { CHAIR: 0, VICE_CHAIR: 1, MEMBER: 2, SECRETARY: 3 } as const;

/** Current members first in seat order (chair, vice-chair, members, secretary), then ended ones. */
function inSeatOrder(members: readonly MembershipFieldsFragment[]) {
  return [...members].sort(
    (a, b) =>
      Number(Boolean(a.endedOn)) - Number(Boolean(b.endedOn)) ||
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      (a.partyCode ?? '').localeCompare(b.partyCode ?? '') ||
      a.person.displayName.localeCompare(b.person.displayName),
  );
}

/** The public composition: who sits, for whom, on which act, for how long; with ended memberships on demand. */
export function BodyMembers({
  bodyName,
  members,
  showEnded,
  onShowEndedChange,
  names,
}: {
  bodyName: string;
  members: readonly MembershipFieldsFragment[];
  showEnded: boolean;
  onShowEndedChange: (show: boolean) => void;
  names: ReferenceNames;
}) {
  const { t } = useTranslation();
  const rows = inSeatOrder(showEnded ? members : members.filter((member) => !member.endedOn));
  return (
    <>
      <div className="toggles mb-3">
        <label htmlFor="show-ended-memberships">
          {t('governance.body.composition.showEnded')}
          <input
            id="show-ended-memberships"
            type="checkbox"
            checked={showEnded}
            onChange={(event) => onShowEndedChange(event.target.checked)}
          />
          <span className="lever" aria-hidden="true" />
        </label>
      </div>
      {rows.length === 0 ? (
        <p>{t('governance.body.composition.empty')}</p>
      ) : (
        <div className="table-responsive">
          <Table className="align-top">
            <caption className="visually-hidden">
              {showEnded
                ? t('governance.body.composition.captionWithEnded', { name: bodyName })
                : t('governance.body.composition.caption', { name: bodyName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('governance.body.composition.person')}</th>
                <th scope="col">{t('governance.body.composition.role')}</th>
                <th scope="col">{t('governance.body.composition.party')}</th>
                <th scope="col">{t('governance.body.composition.designation')}</th>
                <th scope="col">{t('governance.body.composition.term')}</th>
                <th scope="col">{t('governance.body.composition.alternate')}</th>
                {showEnded && <th scope="col">{t('governance.body.composition.ended')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((member) => (
                <tr key={member.id} className={member.endedOn ? 'text-secondary' : undefined}>
                  <th scope="row" className="fw-semibold">
                    {member.person.displayName}
                  </th>
                  <td>{t(`governance.roles.${member.role}`)}</td>
                  <td>
                    {member.partyCode
                      ? names.party(member.partyCode)
                      : t('governance.body.composition.jointDesignation')}
                  </td>
                  <td>
                    {member.designationReference}
                    <br />
                    <FormattedDate value={member.designationDate} month="short" />
                  </td>
                  <td>
                    <FormattedDate value={member.termFrom} month="short" />
                    {' – '}
                    {member.termTo ? (
                      <FormattedDate value={member.termTo} month="short" />
                    ) : (
                      t('governance.body.composition.termOpen')
                    )}
                  </td>
                  <td>{member.alternate?.displayName ?? t('governance.noValue')}</td>
                  {showEnded && (
                    <td>
                      {member.endedOn ? (
                        <>
                          <FormattedDate value={member.endedOn} month="short" />
                          {member.endReason && (
                            <>
                              <br />
                              {member.endReason}
                            </>
                          )}
                        </>
                      ) : (
                        t('governance.body.composition.inOffice')
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </>
  );
}
