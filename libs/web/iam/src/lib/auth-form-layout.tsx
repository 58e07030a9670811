import { Button, Col, Container, Row } from 'design-react-kit';
import type { FormEvent, ReactNode, Ref } from 'react';
import { FeedbackSummary } from './feedback-summary';

interface AuthFormLayoutProps {
  title: string;
  intro: string;
  summary?: string;
  summaryRef: Ref<HTMLElement>;
  onSubmit: () => Promise<void>;
  submitLabel: string;
  /** True while the request runs: the submit button is disabled so it cannot be sent twice. */
  busy: boolean;
  /** The fields of the form. */
  children: ReactNode;
  /** The line under the form pointing to the other form (sign in / register). */
  footer: ReactNode;
}

/** The page around the sign-in and registration forms: title, intro, error summary, submit. */
export function AuthFormLayout({
  title,
  intro,
  summary,
  summaryRef,
  onSubmit,
  submitLabel,
  busy,
  children,
  footer,
}: AuthFormLayoutProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <Container className="py-5">
      <Row>
        <Col md={8} lg={6}>
          <h1>{title}</h1>
          <p className="lead">{intro}</p>
          <FeedbackSummary message={summary} summaryRef={summaryRef} />
          <form noValidate onSubmit={submit} className="mt-4">
            {children}
            <Button type="submit" color="primary" disabled={busy}>
              {submitLabel}
            </Button>
          </form>
          <p className="mt-4">{footer}</p>
        </Col>
      </Row>
    </Container>
  );
}
