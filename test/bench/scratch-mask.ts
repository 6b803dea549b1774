import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { peopleFixture } from './people-fixture';
import { peopleSchema, peopleRuleSet, singleRuleSet, peopleColumns } from './people-dataset';
import { maskedSql } from './masking-projection-timing';
import { compileProjection } from '../../masking-rules/compiler/compile-projection';
(async () => {
  const f = await peopleFixture(2_000_000);
  const file = `${f.dir}/vault.duckdb`;
  const inst = await DuckDBInstance.create(file, { memory_limit: '1GB', threads: '2' });
  const db = await inst.connect();
  const types = peopleColumns.map((c) => `CAST(${c.name} AS ${c.type}) AS ${c.name}`).join(', ');
  await db.run(`CREATE TABLE data AS SELECT ${types} FROM read_parquet('${f.parquet}')`);
  await db.run(`ATTACH ':memory:' AS m`);
  await db.run(`CREATE SCHEMA IF NOT EXISTS x`);
  const key = 'a'.repeat(64);
  const t = async (label: string, sql: string) => { const s = performance.now(); await db.runAndReadAll(sql); console.log(label, ((performance.now() - s)/1000).toFixed(3)); };
  for (let i = 0; i < 2; i++) {
  await t('scan all', `SELECT count(id_number), count(name), count(mobile), count(address), count(birth_date), count(income), count(region_code), count(street) FROM data`);
  for (const c of peopleColumns) {
    if (c.name === 'street') continue;
    const p = compileProjection({ schema: peopleSchema, ruleSet: singleRuleSet(c.name), columns: [c.name], key, source: { table: 'data' }, asOf: '2026-01-01' });
    const expr = p.sql.split('\n')[1].replace(/ AS "[a-z_]+"$/, '');
    await t(`base ${c.name}`, `SELECT count(src.${c.name}) FROM data AS src`);
    await t(`expr ${c.name}`, `SELECT count(x) FROM (SELECT ${expr} AS x FROM data AS src)`);
  }
  await t('sha256 only', `SELECT count(sha256('k|' || id_number)) FROM data`);
  await t('md5 only', `SELECT count(md5('k|' || id_number)) FROM data`);
  await t('hash only', `SELECT count(hash('k|' || id_number)) FROM data`);
  }
  const all = compileProjection({ schema: peopleSchema, ruleSet: peopleRuleSet, columns: peopleColumns.map(c=>c.name), key, source: { table: 'data' }, asOf: '2026-01-01' });
  console.log(all.sql.replace(/\[[^\]]{200,}\]/g, '[...]').replace(new RegExp(key,'g'),'KEY'));
  db.closeSync(); inst.closeSync();
})();
