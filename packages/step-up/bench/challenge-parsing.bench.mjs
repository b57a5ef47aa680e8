// Compares the RFC 9110 challenge parser with the split-based parsing of the blog post, on realistic
// WWW-Authenticate values and on a 100 kB hostile one. Runs against the built package (npm run bench).
import { findStepUpChallenge, formatBearerChallenge, parseWwwAuthenticate } from '../dist/esm/index.js';

const WARM_UP_MS = 50;
const MEASURE_MS = 250;

/** The post's approach: drop "Bearer ", split on commas, strip every quote, split on "=". */
function naiveStepUp(header) {
  const { error, acr_values } = Object.fromEntries(
    header
      .replace('Bearer ', '')
      .split(',')
      .map((element) => element.replaceAll('"', '').split('=')),
  );
  return error === 'insufficient_user_authentication' ? { acrValues: acr_values?.split(' ') ?? [] } : null;
}

const twoFactor = 'urn:okta:loa:2fa:any';
const headers = [
  {
    name: 'post header (no spaces)',
    value: `Bearer error="insufficient_user_authentication",error_description="A different authentication level is required",acr_values="${twoFactor}"`,
    acrValues: [twoFactor],
  },
  {
    name: 'formatted, realm + max_age',
    value: formatBearerChallenge({
      realm: 'api',
      error: 'insufficient_user_authentication',
      error_description: 'A different authentication level and more recent authentication are required',
      acr_values: `phr ${twoFactor}`,
      max_age: 300,
    }),
    acrValues: ['phr', twoFactor],
  },
  {
    name: 'Basic, then Bearer',
    value: `Basic realm="a", Bearer error="insufficient_user_authentication", acr_values="${twoFactor} phr"`,
    acrValues: [twoFactor, 'phr'],
  },
  {
    name: 'comma and quote in description',
    value: `Bearer error="insufficient_user_authentication",error_description="Use a \\"passkey\\", please",acr_values="phr"`,
    acrValues: ['phr'],
  },
];

const hostile = {
  name: '100 kB hostile',
  value: `Bearer realm="${'\\",='.repeat(25_000)}`,
};

let checksum = 0;

function opsPerSecond(action, input) {
  const run = (milliseconds) => {
    let operations = 0;
    const started = performance.now();
    let elapsed = 0;
    do {
      for (let i = 0; i < 64; i++) {
        const result = action(input);
        checksum += result === null ? 0 : 1;
      }
      operations += 64;
      elapsed = performance.now() - started;
    } while (elapsed < milliseconds);
    return (operations * 1000) / elapsed;
  };
  run(WARM_UP_MS);
  return run(MEASURE_MS);
}

const sameList = (actual, expected) =>
  Array.isArray(actual) &&
  actual.length === expected.length &&
  actual.every((value, i) => value === expected[i]);

const format = (value) => Math.round(value).toLocaleString('en-US').padStart(13);
const rows = [];
const started = performance.now();

for (const { name, value, acrValues } of headers) {
  const parse = opsPerSecond(parseWwwAuthenticate, value);
  const find = opsPerSecond(findStepUpChallenge, value);
  const naive = opsPerSecond(naiveStepUp, value);
  const correct = sameList(findStepUpChallenge(value)?.acrValues, acrValues);
  const naiveCorrect = sameList(naiveStepUp(value)?.acrValues, acrValues);
  rows.push({ name, parse, find, naive, correct, naiveCorrect });
}
{
  const parse = opsPerSecond(parseWwwAuthenticate, hostile.value);
  const find = opsPerSecond(findStepUpChallenge, hostile.value);
  const naive = opsPerSecond(naiveStepUp, hostile.value);
  rows.push({
    name: hostile.name,
    parse,
    find,
    naive,
    correct: findStepUpChallenge(hostile.value) === null,
    naiveCorrect: null,
  });
}

const header = `${'header'.padEnd(32)}${'parse ops/s'.padStart(13)}${'find ops/s'.padStart(13)}${'naive ops/s'.padStart(13)}${'find/naive'.padStart(12)}  find ok  naive ok`;
process.stdout.write(
  `WWW-Authenticate parsing (Node ${process.version}, ${MEASURE_MS} ms per measurement)\n\n${header}\n`,
);
for (const { name, parse, find, naive, correct, naiveCorrect } of rows) {
  const ratio = `${(find / naive).toFixed(2)}x`.padStart(12);
  const naiveOk = naiveCorrect === null ? 'n/a' : naiveCorrect ? 'yes' : 'NO';
  process.stdout.write(
    `${name.padEnd(32)}${format(parse)}${format(find)}${format(naive)}${ratio}  ${(correct ? 'yes' : 'NO').padEnd(7)}  ${naiveOk}\n`,
  );
}
process.stdout.write(
  `\nfind/naive: how many times faster findStepUpChallenge is than the split-based parsing.\n` +
    `"ok" = the acr_values found match the header's (for the hostile value: no step-up found, no hang).\n` +
    `Total ${((performance.now() - started) / 1000).toFixed(1)} s (checksum ${checksum}).\n`,
);
