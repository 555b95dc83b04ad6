import { Alert, Button, Card, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import type { RatingBody } from '../../../api/dossiers';
import { rateDossier } from '../../../api/dossiers';
import type { RatingCriterion, RatingLevel } from '../../../api/types';
import { ErrorAlert } from '../../../ui/error-alert';
import { useAsyncAction } from '../../../ui/use-async-action';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { RATING_CRITERIA, RATING_LEVELS } from '../utils/dossier-labels';

type Values = { overall?: RatingLevel; criteria?: Partial<Record<RatingCriterion, RatingLevel>>; comment?: string };

export type RatingFormProps = { code: string; last4: string };

/** The applicant's rating once the result is ready: overall and the Decree 61/2018 Art. 31 criteria, each on three levels. */
export function RatingForm({ code, last4 }: RatingFormProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { run, pending, error } = useAsyncAction();
  const [done, setDone] = useState(false);
  const levels = (name: string) => RATING_LEVELS.map((level) => (
    <Radio.Button key={level} value={level}><span data-testid={`${name}-${level}`}>{t(`rating.level.${level}`)}</span></Radio.Button>
  ));
  const submit = (values: Values) => run(async () => {
    const criteria = Object.fromEntries(Object.entries(values.criteria ?? {}).filter(([, level]) => level)) as RatingBody['criteria'];
    await rateDossier(code, { last4, overall: values.overall!, criteria, comment: values.comment?.trim() || null });
    setDone(true);
  });
  const already = error instanceof ApiError && error.status === 409;
  if (done || already) {
    return (
      <Alert type={done ? 'success' : 'info'} showIcon role="status" style={{ marginTop: 16 }} data-testid="rating-done"
        title={done ? t('rating.thanks') : errorText(error)} />
    );
  }
  return (
    <Card title={<h2 className="cchc-card-title">{t('rating.title')}</h2>} style={{ marginTop: 16 }} data-testid="rating-form">
      <p className="cchc-muted-text" style={{ marginTop: 0 }}>{t('rating.lead')}</p>
      <Form<Values> layout="vertical" name="rating" onFinish={submit}>
        <Form.Item label={t('rating.overall')} name="overall" rules={[{ required: true, message: t('rating.overallRequired') }]}>
          <Radio.Group optionType="button" buttonStyle="solid" aria-label={t('rating.overall')}>{levels('rating-overall')}</Radio.Group>
        </Form.Item>
        {RATING_CRITERIA.map((criterion) => (
          <Form.Item key={criterion} label={t(`rating.criterion.${criterion}`)} name={['criteria', criterion]}>
            <Radio.Group optionType="button" size="small" aria-label={t(`rating.criterion.${criterion}`)}>{levels(`rating-${criterion}`)}</Radio.Group>
          </Form.Item>
        ))}
        <Form.Item label={t('rating.comment')} name="comment">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="rating-comment" />
        </Form.Item>
        {error !== undefined && <ErrorAlert message={errorText(error)} />}
        <Button type="primary" htmlType="submit" loading={pending} data-testid="rating-submit">{t('rating.submit')}</Button>
      </Form>
    </Card>
  );
}
