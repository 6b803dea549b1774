import fs from 'node:fs';
import { fakeDictionaries } from '../../../masking-rules/fake/fake-dictionaries';
import { residentRow } from '../../fixtures/residents-dataset';
import { residentsWorld, approvedAgreement } from '../../fixtures/demo-world';
import { filesUnder, sandboxDir } from '../../fixtures/lifecycle-helpers';
import { startTestPlatform } from '../../fixtures/test-platform';
it('scratch', async () => {
  const names = new Set(Array.from({ length: 300 }, (_, i) => residentRow(i)[1]));
  const dict = fakeDictionaries().cn_name;
  console.log('names in dict', [...names].filter((n) => dict.some((d) => d.includes(n))));
  const t = await startTestPlatform();
  const w = await residentsWorld(t, 300);
  const { sandboxId } = await approvedAgreement(t, w);
  const out: string[] = [];
  for (const f of filesUnder(sandboxDir(t, sandboxId))) {
    const b = fs.readFileSync(f);
    for (let i = 0; i < 300; i++) for (const [k, v] of residentRow(i).slice(0, 3).entries()) if (b.indexOf(Buffer.from(v)) !== -1) out.push(`${f.split('/').pop()} ${k} ${v}`);
    out.push(`${f} ${b.length}`);
  }
  console.log(out.join('\n'));
  await t.destroy();
});
