import { Col, Form, Input, Radio, Row } from 'antd';
import type { Applicant } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { PHONE, isValidApplicantId } from '../utils/applicant-id';

export type ApplicantFieldsProps = {
  /** Prefix of the fields' test ids: `intake` gives intake-applicant-name, intake-applicant-id, intake-applicant-phone. */
  testIdPrefix: string;
};

/** Person or organisation, name, citizen ID (12 digits) or tax code, phone, email, address — under `applicant` in the form. */
export function ApplicantFields({ testIdPrefix }: ApplicantFieldsProps) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const kind: Applicant['kind'] = Form.useWatch(['applicant', 'kind'], form) ?? 'person';
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <>
      <Form.Item label={t('applicant.kind')} name={['applicant', 'kind']}>
        <Radio.Group optionType="button" data-testid={`${testIdPrefix}-applicant-kind`}
          onChange={() => { if (form.getFieldValue(['applicant', 'idNumber'])) void form.validateFields([['applicant', 'idNumber']]); }}
          options={[{ value: 'person', label: t('applicant.person') }, { value: 'organisation', label: t('applicant.organisation') }]} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={kind === 'person' ? t('applicant.name') : t('applicant.orgName')} name={['applicant', 'name']} rules={[required]}>
            <Input maxLength={200} autoComplete="off" data-testid={`${testIdPrefix}-applicant-name`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={kind === 'person' ? t('applicant.citizenId') : t('applicant.taxCode')} name={['applicant', 'idNumber']}
            extra={kind === 'person' ? t('applicant.citizenIdHint') : t('applicant.taxCodeHint')}
            rules={[required, { validator: (_, value: string | undefined) => (!value?.trim() || isValidApplicantId(kind, value) ? Promise.resolve()
              : Promise.reject(new Error(kind === 'person' ? t('applicant.citizenIdInvalid') : t('applicant.taxCodeInvalid')))) }]}>
            <Input inputMode="numeric" maxLength={kind === 'person' ? 12 : 14} autoComplete="off" data-testid={`${testIdPrefix}-applicant-id`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('applicant.phone')} name={['applicant', 'phone']}
            rules={[{ pattern: PHONE, message: t('applicant.phoneInvalid') }]}>
            <Input type="tel" inputMode="tel" maxLength={15} autoComplete="off" data-testid={`${testIdPrefix}-applicant-phone`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('applicant.email')} name={['applicant', 'email']} rules={[{ type: 'email', message: t('applicant.emailInvalid') }]}>
            <Input type="email" maxLength={200} autoComplete="off" data-testid={`${testIdPrefix}-applicant-email`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('applicant.address')} name={['applicant', 'address']}>
            <Input maxLength={300} autoComplete="off" data-testid={`${testIdPrefix}-applicant-address`} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
