import { CONSULTATION_LIMITS as L } from '@piano2030/shared-domain';
import { FieldErrorText, focusSoon, type FieldMessage } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { emptyQuestion, type QuestionRow } from './consultation-draft';
import { controlIds } from './field-paths';

/**
 * The questions put to participants, as a list: each its own labelled field, with buttons to add
 * one and to remove a given one. Focus follows: to the new field, or to the one that took the
 * removed one's place.
 */
export function QuestionsField({
  rows,
  onChange,
  errorsAt,
}: {
  rows: readonly QuestionRow[];
  onChange: (rows: QuestionRow[]) => void;
  errorsAt: (id: string) => readonly FieldMessage[] | undefined;
}) {
  const { t } = useTranslation();
  const add = () => {
    onChange([...rows, emptyQuestion()]);
    focusSoon(controlIds.question(rows.length));
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    const remaining = rows.length - 1;
    focusSoon(
      remaining === 0 ? controlIds.questionsAdd : controlIds.question(Math.min(index, remaining - 1)),
    );
  };
  return (
    <fieldset className="mb-4" aria-describedby="cons-questions-hint">
      <legend className="h5">{t('consultationsAdmin.fields.questions')}</legend>
      <p id="cons-questions-hint" className="small">
        {t('consultationsAdmin.editor.hints.questions', { max: L.questionsMax, length: L.questionMax })}
      </p>
      <ol className="list-unstyled cons-questions">
        {rows.map((row, index) => {
          const id = controlIds.question(index);
          const errors = errorsAt(id);
          const label = t('consultationsAdmin.editor.questionLabel', { number: index + 1 });
          return (
            <li key={row.key} className="d-flex flex-wrap align-items-start gap-2 mb-3">
              <div className="form-group flex-grow-1 mb-0 cons-question-field">
                <label htmlFor={id} className="active">
                  {label}
                </label>
                <textarea
                  id={id}
                  rows={2}
                  className={`form-control${errors?.length ? ' is-invalid' : ''}`}
                  maxLength={L.questionMax}
                  value={row.text}
                  aria-invalid={errors?.length ? true : undefined}
                  aria-describedby={errors?.length ? `${id}-error` : undefined}
                  onChange={(event) =>
                    onChange(rows.map((r, i) => (i === index ? { ...r, text: event.target.value } : r)))
                  }
                />
                <FieldErrorText id={`${id}-error`} messages={errors} />
              </div>
              <Button type="button" color="primary" outline size="sm" onClick={() => remove(index)}>
                {t('consultationsAdmin.editor.removeQuestion')}
                <span className="visually-hidden"> {index + 1}</span>
              </Button>
            </li>
          );
        })}
      </ol>
      {rows.length < L.questionsMax && (
        <Button id={controlIds.questionsAdd} type="button" color="primary" outline size="sm" onClick={add}>
          {t('consultationsAdmin.editor.addQuestion')}
        </Button>
      )}
    </fieldset>
  );
}
