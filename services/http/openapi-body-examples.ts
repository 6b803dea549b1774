/**
 * Examples for bodies that are documents rather than JSON objects, by media type: a dataset
 * upload in CSV and a masking rule set in YAML or JSON. Binary formats (Parquet, Arrow IPC,
 * .xlsx) have none: a generator cannot use bytes shown as text.
 */
const csv = 'id_number,name,birth_date,street,income\n110101199003074518,张伟,1990-03-07,光明街道,5200.00\n';

const rules = {
  columns: {
    id_number: { strategy: 'pseudonymize' },
    name: { strategy: 'fake', kind: 'cn_name' },
    birth_date: { strategy: 'generalize', to: 'age_band', width: 10 },
    income: { strategy: 'noise', distribution: 'laplace', scale: 100 },
  },
};

const yaml = `columns:
  id_number:  { strategy: pseudonymize }
  name:       { strategy: fake, kind: cn_name }
  birth_date: { strategy: generalize, to: age_band, width: 10 }
  income:     { strategy: noise, distribution: laplace, scale: 100 }
`;

const EXAMPLES: Record<string, string> = {
  'text/csv': csv,
  'application/yaml': yaml,
  'application/json': JSON.stringify(rules, null, 2),
};

export function bodyExample(mediaType: string): string | undefined {
  return EXAMPLES[mediaType.split(';')[0].trim()];
}
