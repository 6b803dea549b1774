/** What the demo prints: where the tokens are and what to try first. */
import type { DemoSummary } from './seed-demo';

export function demoWelcome(demo: DemoSummary, authorityTokenFile: string | undefined, url: string): string {
  const auth = authorityTokenFile ? `$(cat ${authorityTokenFile})` : '$SHUYU_AUTHORITY_TOKEN';
  const op = `$(node -p "require('${demo.tokensFile}').principals['示例数据科技有限公司'].token")`;
  return [
    '',
    'The demo is ready: three source units with generated datasets and rule sets, an operator with an',
    `approved agreement (${demo.agreementId}) and a ready sandbox (${demo.sandboxId}).`,
    `Tokens of every demo principal: ${demo.tokensFile} (mode 0600).`,
    '',
    `Open the web console at ${url}/ and paste a token from that file (the operator's opens its`,
    `workspace at ${url}/workspace/${demo.sandboxId}).`,
    '',
    'Or with curl:',
    `  AUTH=${auth}`,
    `  OP=${op}`,
    `  curl -s ${url}/api/v1/datasets -H "Authorization: Bearer $AUTH"`,
    `  curl -s ${url}/api/v1/sandboxes/${demo.sandboxId} -H "Authorization: Bearer $OP"`,
    `  curl -s ${url}/api/v1/audit/verify -H "Authorization: Bearer $AUTH"`,
    '',
  ].join('\n');
}
