/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { isB24Error, type B24Error } from '../../src/transport/b24-error.js';
import { errorFromBody, parseEnvelope, readEnvelope } from '../../src/transport/envelope.js';

function failure(text: string, status: number): B24Error {
  try {
    parseEnvelope(text, status);
  } catch (error) {
    expect(isB24Error(error), 'a B24Error').to.equal(true);
    return error as B24Error;
  }
  throw new Error('expected parseEnvelope to throw');
}

describe('envelope', () => {
  const time = { start: 1, finish: 2, duration: 1, processing: 1, operating_reset_at: 1754467263, operating: 0 };

  it('keeps result and time of a success', () => {
    expect(parseEnvelope(JSON.stringify({ result: { attach: { ID: 1 } }, time }), 200)).to.deep.equal({
      result: { attach: { ID: 1 } },
      time,
    });
  });

  it('keeps total and next, and only the envelope keys', () => {
    const body = { result: { items: [] }, total: 123, next: 50, time, signature: 'x', extra: true };
    expect(parseEnvelope(JSON.stringify(body), 200)).to.deep.equal({ result: { items: [] }, total: 123, next: 50, time });
  });

  it('accepts falsy results ([] from stop, 0, false) and numeric-string counters', () => {
    expect(parseEnvelope('{"result":[]}', 200)).to.deep.equal({ result: [] });
    expect(parseEnvelope('{"result":false}', 200)).to.deep.equal({ result: false });
    expect(parseEnvelope('{"result":null,"total":"7","next":"50"}', 200)).to.deep.equal({ result: null, total: 7, next: 50 });
  });

  it('turns an error body into a B24Error with code, description and status', () => {
    const error = failure('{"error":"ATTACH_NOT_FOUND","error_description":"Attach not found"}', 400);
    expect(error.name).to.equal('B24Error');
    expect(error.code).to.equal('ATTACH_NOT_FOUND');
    expect(error.description).to.equal('Attach not found');
    expect(error.status).to.equal(400);
  });

  it("gives an empty code as '0'", () => {
    const error = failure('{"error":"","error_description":"Attach read access denied"}', 400);
    expect(error.code).to.equal('0');
    expect(error.description).to.equal('Attach read access denied');
  });

  it('keeps the time block of an error (operating_reset_at of a 429)', () => {
    const error = failure(JSON.stringify({ error: 'OPERATION_TIME_LIMIT', error_description: 'blocked', time }), 429);
    expect(error.status).to.equal(429);
    expect(error.time?.operating_reset_at).to.equal(1754467263);
  });

  it('understands a v3-style error object', () => {
    const error = errorFromBody({ error: { code: 'X', message: 'why' } }, 400);
    expect(error?.code).to.equal('X');
    expect(error?.description).to.equal('why');
  });

  it('gives BAD_RESPONSE for an HTML page, cut-off JSON, JSON without result or error, and non-objects', () => {
    const html = failure('<html><body><h1>502 Bad Gateway</h1>https://x/rest/1/secretcode/</body></html>', 502);
    expect(html.code).to.equal('BAD_RESPONSE');
    expect(html.status).to.equal(502);
    expect(html.message).not.to.contain('secretcode');
    expect(failure('{"result":{"attach":{"ID":1', 200).code).to.equal('BAD_RESPONSE');
    expect(failure('{"time":{}}', 200).code).to.equal('BAD_RESPONSE');
    expect(failure('[1,2]', 200).code).to.equal('BAD_RESPONSE');
    expect(failure('', 200).code).to.equal('BAD_RESPONSE');
    expect(failure('{"result":1}', 500).code).to.equal('BAD_RESPONSE');
  });

  it('reads a Response', async () => {
    const response = new Response('{"result":{"a":1},"total":1}', { status: 200 });
    expect(await readEnvelope(response)).to.deep.equal({ result: { a: 1 }, total: 1 });
  });

  it("marks every error a portal sent as source 'portal', its own spelling of a local code included", () => {
    const claimed = failure(JSON.stringify({ error: 'INVALID_CONFIG', error_description: 'call +1-800-555-0199' }), 400);
    expect([claimed.code, claimed.source]).to.deep.equal(['INVALID_CONFIG', 'portal']);
    expect(errorFromBody({ error: '', error_description: 'x' }, 403)!.source).to.equal('portal');
    expect(failure('<html>', 502).source, 'BAD_RESPONSE is the package\'s own word').to.equal('element');
  });
});
