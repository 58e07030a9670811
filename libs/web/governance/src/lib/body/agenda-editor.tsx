import { AGENDA_SUBJECTS } from '@piano2030/shared-domain';
import type { AgendaSubject, FieldErrors } from '@piano2030/web-core';
import { FormField, SelectField, TextAreaField } from '@piano2030/web-ui';
import { Button, Icon } from 'design-react-kit';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceNames } from '../reference/use-reference-names';

export interface AgendaDraft {
  /** Stable across moves, so React keeps each item's fields (and focus) with it. */
  key: number;
  title: string;
  description: string;
  subjectKind: AgendaSubject;
  subjectReference: string;
  areaCode: string;
  phaseCode: string;
}

let nextKey = 1;
export function emptyAgendaItem(): AgendaDraft {
  return {
    key: nextKey++,
    title: '',
    description: '',
    subjectKind: 'DOCUMENT',
    subjectReference: '',
    areaCode: '',
    phaseCode: '',
  };
}

/** The id of an item's field, as the form's error focus and the labels use it. */
export const agendaFieldId = (key: number, field: string) => `agenda-${key}-${field}`;
export const ADD_AGENDA_ITEM_ID = 'agenda-add';

/**
 * An ordered list of agenda items, each a fieldset. Moving, adding and removing keep keyboard focus
 * on the item acted on and say what happened in a live region, since the change is not otherwise
 * visible to someone who does not see the screen.
 */
export function AgendaEditor({
  items,
  onChange,
  errors,
  names,
}: {
  items: AgendaDraft[];
  onChange: (items: AgendaDraft[]) => void;
  /** Keyed like the API's: `agenda.<index>.<field>`. */
  errors: FieldErrors;
  names: ReferenceNames;
}) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const update = (key: number, change: Partial<AgendaDraft>) =>
    onChange(items.map((item) => (item.key === key ? { ...item, ...change } : item)));
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const next = [...items];
    [next[index], next[target]] = [next[target], next[index]];
    onChange(next);
    // Stay on the same button unless it has just become useless, then take its twin.
    const atEdge = target === 0 || target === items.length - 1;
    const button = by === -1 ? (atEdge ? 'down' : 'up') : atEdge ? 'up' : 'down';
    focusNext.current = agendaFieldId(items[index].key, button);
    setAnnouncement(t('governance.body.schedule.agenda.moved', { position: target + 1 }));
  };
  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    onChange(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusNext.current = neighbour ? agendaFieldId(neighbour.key, 'legend') : ADD_AGENDA_ITEM_ID;
    setAnnouncement(t('governance.body.schedule.agenda.removed', { count: next.length }));
  };
  const add = () => {
    const item = emptyAgendaItem();
    onChange([...items, item]);
    focusNext.current = agendaFieldId(item.key, 'title');
    setAnnouncement(t('governance.body.schedule.agenda.added', { position: items.length + 1 }));
  };

  const subjectOptions = AGENDA_SUBJECTS.map((kind) => ({
    value: kind,
    label: t(`governance.subjects.${kind}`),
  }));
  const areaOptions = [
    { value: '', label: t('governance.body.schedule.agenda.noArea') },
    ...names.areas.map((area) => ({ value: area.code, label: area.name })),
  ];
  const phaseOptions = [
    { value: '', label: t('governance.body.schedule.agenda.noPhase') },
    ...names.phases.map((phase) => ({ value: phase.code, label: phase.name })),
  ];

  return (
    <>
      <ol className="list-unstyled mb-3">
        {items.map((item, index) => {
          const position = index + 1;
          const itemLabel = t('governance.body.schedule.agenda.item', { position });
          const id = (field: string) => agendaFieldId(item.key, field);
          const fieldErrors = (field: string) => errors[`agenda.${index}.${field}`];
          return (
            <li key={item.key} className="mb-4">
              <fieldset className="border rounded p-3">
                <legend id={id('legend')} tabIndex={-1} className="h6 float-none w-auto px-2 mb-4">
                  {itemLabel}
                </legend>
                <FormField
                  required
                  id={id('title')}
                  label={t('governance.body.schedule.agenda.itemTitle')}
                  maxLength={300}
                  value={item.title}
                  errors={fieldErrors('title')}
                  onChange={(event) => update(item.key, { title: event.target.value })}
                />
                <TextAreaField
                  id={id('description')}
                  label={t('governance.body.schedule.agenda.description')}
                  hint={t('governance.body.schedule.agenda.descriptionHint')}
                  rows={3}
                  maxLength={4000}
                  value={item.description}
                  errors={fieldErrors('description')}
                  onChange={(event) => update(item.key, { description: event.target.value })}
                />
                <div className="row">
                  <div className="col-md-6">
                    <SelectField
                      id={id('subjectKind')}
                      label={t('governance.body.schedule.agenda.subjectKind')}
                      options={subjectOptions}
                      value={item.subjectKind}
                      errors={fieldErrors('subjectKind')}
                      onChange={(event) =>
                        update(item.key, { subjectKind: event.target.value as AgendaSubject })
                      }
                    />
                  </div>
                  <div className="col-md-6">
                    <FormField
                      id={id('subjectReference')}
                      label={t('governance.body.schedule.agenda.subjectReference')}
                      hint={t('governance.body.schedule.agenda.subjectReferenceHint')}
                      maxLength={500}
                      value={item.subjectReference}
                      errors={fieldErrors('subjectReference')}
                      onChange={(event) => update(item.key, { subjectReference: event.target.value })}
                    />
                  </div>
                  <div className="col-md-6">
                    <SelectField
                      id={id('areaCode')}
                      label={t('governance.body.schedule.agenda.area')}
                      hint={t('governance.body.schedule.agenda.optionalHint')}
                      options={areaOptions}
                      value={item.areaCode}
                      errors={fieldErrors('areaCode')}
                      onChange={(event) => update(item.key, { areaCode: event.target.value })}
                    />
                  </div>
                  <div className="col-md-6">
                    <SelectField
                      id={id('phaseCode')}
                      label={t('governance.body.schedule.agenda.phase')}
                      hint={t('governance.body.schedule.agenda.optionalHint')}
                      options={phaseOptions}
                      value={item.phaseCode}
                      errors={fieldErrors('phaseCode')}
                      onChange={(event) => update(item.key, { phaseCode: event.target.value })}
                    />
                  </div>
                </div>
                <div className="d-flex flex-wrap gap-2">
                  <Button
                    id={id('up')}
                    type="button"
                    color="primary"
                    outline
                    size="sm"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('governance.body.schedule.agenda.moveUp')}
                    <span className="visually-hidden"> – {itemLabel}</span>
                  </Button>
                  <Button
                    id={id('down')}
                    type="button"
                    color="primary"
                    outline
                    size="sm"
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('governance.body.schedule.agenda.moveDown')}
                    <span className="visually-hidden"> – {itemLabel}</span>
                  </Button>
                  <Button
                    id={id('remove')}
                    type="button"
                    color="danger"
                    outline
                    size="sm"
                    onClick={() => remove(index)}
                  >
                    {t('governance.body.schedule.agenda.remove')}
                    <span className="visually-hidden"> – {itemLabel}</span>
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button id={ADD_AGENDA_ITEM_ID} type="button" color="primary" outline onClick={add}>
        <Icon icon="it-plus-circle" size="sm" color="primary" className="me-1" aria-hidden />
        {t('governance.body.schedule.agenda.add')}
      </Button>
      {errors.agenda && (
        <div className="invalid-feedback d-block" id="agenda-error">
          {errors.agenda.join(' ')}
        </div>
      )}
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
    </>
  );
}
