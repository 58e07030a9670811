import { Button } from 'design-react-kit';
import type { ReactNode } from 'react';
import './version-conflict-panel.css';

/** The panel's words, in the reader's language, with the version already in them. */
export interface ConflictPanelText {
  title: string;
  /** When there are fields to compare. */
  intro: string;
  /** When none of the person's changes touches a field the newer version changed. */
  nothingToCompare: string;
  theirs: string;
  mine: string;
  bothChanged: string;
  useTheirs: (label: string) => string;
  saveAgain: string;
  dismiss: string;
}

/**
 * Someone saved a newer version while this person was editing, and the form now stands on it,
 * keeping what the person typed: field by field, the newer value beside theirs, with a button to
 * take the newer one instead. The heading takes focus (`titleId`), so the panel is read first.
 */
export function VersionConflictPanel<F extends string>({
  titleId,
  idPrefix,
  text,
  fields,
  theirsToo,
  labelOf,
  valueOf,
  onUseTheirs,
  onDismiss,
}: {
  titleId: string;
  /** Prefix of each field's heading id. */
  idPrefix: string;
  text: ConflictPanelText;
  /** The person's changes that still differ from the newer version. */
  fields: readonly F[];
  /** Of those, the ones the newer version changed too. */
  theirsToo: readonly F[];
  /** A field's name as its label says it. */
  labelOf: (field: F) => string;
  /** A field's value, in the newer version or as the person typed it. */
  valueOf: (field: F, side: 'theirs' | 'mine') => ReactNode;
  onUseTheirs: (field: F) => void;
  onDismiss: () => void;
}) {
  return (
    <section
      aria-labelledby={titleId}
      className="alert alert-warning version-conflict mb-4"
      data-testid="conflict-panel"
    >
      <h2 id={titleId} className="h4" tabIndex={-1}>
        {text.title}
      </h2>
      <p>{fields.length ? text.intro : text.nothingToCompare}</p>
      {fields.map((field) => (
        <article
          key={field}
          className="version-conflict-field border-top pt-3 mt-3"
          aria-labelledby={`${idPrefix}-${field}`}
        >
          <h3 id={`${idPrefix}-${field}`} className="h6">
            {labelOf(field)}
            {theirsToo.includes(field) && <span className="fw-normal"> – {text.bothChanged}</span>}
          </h3>
          <div className="row">
            <div className="col-md-6 mb-2">
              <p className="fw-semibold mb-1">{text.theirs}</p>
              {valueOf(field, 'theirs')}
            </div>
            <div className="col-md-6 mb-2">
              <p className="fw-semibold mb-1">{text.mine}</p>
              {valueOf(field, 'mine')}
            </div>
          </div>
          <Button type="button" color="primary" outline size="sm" onClick={() => onUseTheirs(field)}>
            {text.useTheirs(labelOf(field))}
          </Button>
        </article>
      ))}
      <p className="mt-3 mb-2">{text.saveAgain}</p>
      <Button type="button" color="primary" outline size="sm" onClick={onDismiss}>
        {text.dismiss}
      </Button>
    </section>
  );
}
