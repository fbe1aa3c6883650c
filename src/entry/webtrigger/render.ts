import { ANSWERS, fixedBody, type AnswerKey, type MetricsAnswer } from './answers';

/** A dynamic web trigger's response (events-reference/web-trigger). */
export interface WebTriggerResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

/** A static web trigger's response: the key of one of the manifest's `outputs`. */
export interface StaticWebTriggerResponse {
  outputKey: AnswerKey;
}

const JSON_HEADERS = {
  'Content-Type': ['application/json'],
  'Cache-Control': ['no-store'],
  'X-Content-Type-Options': ['nosniff'],
};

export function renderDynamic(answer: MetricsAnswer): WebTriggerResponse {
  const { statusCode } = ANSWERS[answer.key];
  const body = answer.key === 'ok' && answer.data ? { ok: true, data: answer.data } : fixedBody(answer.key);
  return {
    statusCode,
    headers: answer.key === 'method-not-allowed' ? { ...JSON_HEADERS, Allow: ['POST'] } : { ...JSON_HEADERS },
    body: JSON.stringify(body),
  };
}

export const renderStatic = (answer: MetricsAnswer): StaticWebTriggerResponse => ({ outputKey: answer.key });

export interface ManifestOutput {
  key: AnswerKey;
  statusCode: number;
  contentType: 'application/json';
  body: string;
}

/** The `response.outputs` a `static` declaration of this web trigger in manifest.yml must list. */
export const manifestOutputs = (): ManifestOutput[] =>
  (Object.keys(ANSWERS) as AnswerKey[]).map((key) => ({
    key,
    statusCode: ANSWERS[key].statusCode,
    contentType: 'application/json',
    body: JSON.stringify(fixedBody(key)),
  }));
